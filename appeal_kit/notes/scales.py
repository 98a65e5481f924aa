"""Rating scales in clinical notes: PHQ-9, MADRS, HAM-D, GAD-7, C-SSRS and the pain numeric rating scale.

A score is the number written just after the scale's name ("PHQ-9 22", "MADRS score: 38", "HAM-D17 = 24"), or
just before it ("scored 19 on the PHQ-9"), within the scale's range; for pain, "pain 7/10" or "NRS 6". A C-SSRS
is a score only with its ideation severity (0-5: "ideation severity 5", "C-SSRS: no ideation (score 0)"); told in
words alone ("C-SSRS: passive ideation, no behavior", "screen negative") it is no score: its words tell the
suicidality level (propose.py), which cites them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# name as reported, pattern, highest possible score (the instruments' published ranges)
SCALES = [
    ("PHQ-9", r"PHQ[\s=-]?9|Patient Health Questionnaire(?:[\s-]?9)?|PHQ(?![\s-]?(?:2|15|A)\b)", 27),  # "PHQ 18"
    ("MADRS", r"MADRS|Montgomery[\s-]+(?:and[\s-]+)?[AÅ]sberg(?: Depression Rating Scale)?", 60),
    ("HAM-D", r"HAM[\s-]?D(?:[\s-]?(?:17|21|24))?|HDRS(?:[\s-]?(?:17|21))?|HRSD(?:[\s-]?(?:17|21))?|"
              r"Hamilton(?: Rating Scale for Depression| Depression(?: Rating)?(?: Scale)?)|"
              # (s81) the name alone before its score, as an old chart writes it: "01/12/1988  Hamilton 21."
              r"Hamilton(?=\s+\d{1,2}\b(?![./]\d)(?!\s*(?:st|street|rd|road|ave|avenue|way|lane)\b))", 64),
    ("GAD-7", r"GAD[\s-]?7", 21),
    ("C-SSRS", r"C[\s-]?SSRS|Columbia(?:[\s-]Suicide Severity Rating Scale)?", None),
    ("pain NRS", r"(?:pain\s+)?NRS|numeric (?:pain )?rating scale(?: for pain)?|"
                 # (s82) in Spanish: "Dolor (escala numérica 0-10) 7", "EVA 6", "escala numérica del dolor: 8"
                 r"dolor\s*\((?:escala\s+)?(?:num[eé]rica|visual anal[oó]gica|(?-i:EVA|EVN))(?:\s*0\s*-\s*10)?\)|"
                 r"(?-i:EVA|EVN)(?:\s+(?:del\s+)?dolor)?|escala (?:num[eé]rica|visual anal[oó]gica) del dolor|"
                 r"pain(?: score| rating| intensity| level)?", 10),
]
_PATTERNS = [(name, re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE), top)
             for name, pattern, top in SCALES]
# a date written between a scale's name and its score ("GAD-7 on 22 September 2026 was 8")
# (a date is read whole: "03/06/2021 and 16" is never "03/06/202" and a score of 1)
_WRITTEN_DATE = (r"\d{1,2}/\d{1,2}/\d{2,4}(?!\d)|\d{4}-\d\d-\d\d|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|"
                 r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}")
_AFTER = re.compile(r"^(?:\s*(?:\(\d{1,2}([/-])\d{1,2}\1\d{2,4}\)|\(\d{1,2}/\d{4}\)|"  # "(03/2024)": a month's
                    # (and the event it was taken at: "PHQ-9 at sertraline start (03/2024): 19")
                    r"(?:at|before)\s+(?:the\s+)?(?:[a-z][\w-]+\s+)?(?:start|initiation|baseline)|"
                    # (and the visit it was taken at, with its day: "PHQ-9 at her 10/20/2026 OB visit: 14")
                    r"(?:at|on)\s+(?:her|his|their|the|a)\s+\d{1,2}/\d{1,2}/\d{4}\s+(?:[A-Za-z-]+\s+){0,2}?"
                    r"(?:visit|appointment|check-?up|follow-?up)(?=\s*[:=])|"
                    r"(?:on|dated)\s+(?:" + _WRITTEN_DATE + r")|"
                    r"(?:\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d\d-\d\d)(?=\s*[:=])|,|total|"  # "PHQ-9 11/10/2026: 15"
                    # (words of where it was taken, then its day and the score: "PHQ-9 copied from Dr. N's note of
                    # 07/30/2026: 16", "PHQ-9 heteroaplicado por enfermería el 05/11/2026: 15")
                    r"(?:\b(?:Dr|Mr|Ms|Mrs)\.|[^\d.;:|]){1,60}?\s(?:\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d\d-\d\d)(?=\s*[:=]\s*\d{1,2}\b(?!\s*/))|"
                    r"score[ds]?|scored|total score|was|is|of|at|de|/\s*(?:date|score)|"
                    r"=|:|-|–|—|\(|\)|\||baseline|over time|trend(?:ed)?|history|"
                    r"today|hoy|currently|now|rated|reported|administered|completed|repeated|a|\d+-item|"
                    r"(?:went|fell|dropped|rose|improved|decreased|increased|came down|went down|went up)\s+from|"
                    r"\([^)\d]{0,50}\)|in chart|on file|"  # ("PHQ-9 (given with the voice handicap index) 11")
                    r"(?:on|at) (?:admission|discharge|intake)|(?:on|at) today['’]s [a-z-]+|"  # "at today's intake"
                    r"in (?:my|the|our) office|(?:by|over the|via|on the) (?:phone|telephone|video|portal)|"
                    # (never a month of its date: "HAM-D 24 (10/1998)", "HAM-D 24 (03-11-86)")
                    r"self-?reported))*\s*(?P<n>\d{1,2})(?!\d|\.\d|\s*/\s*\d{1,2}/|\s*/\s*(?:19|20)\d\d\b|-\d{1,2}-\d\d|\s*(?:mg|%|weeks?|"
                    r"days?|sessions?|years?|months?))(?P<of>\s*/\s*\d{1,2})?")
_BEFORE = re.compile(r"(?:scored?|scoring|score of|of|and|,)\s+(?P<n>\d{1,2})(?:\s*/\s*\d{1,2})?\s+(?:on|in)\s+"
                     r"(?:the\s+|a\s+)?$", re.IGNORECASE)


_THRESHOLD = re.compile(r"\s*(?:\+|(?:or (?:more|higher|greater|above|less|lower|below)|and (?:above|over|higher)|"
                        r"points? or|(?:is|as) (?:the )?(?:threshold|cut-?off)|indicates|defines|is required)\b)",
                        re.IGNORECASE)


@dataclass
class ScaleHit:
    name: str
    score: int | str
    start: int
    end: int


def scale_name(text: str) -> str | None:
    """The scale a table header names ("PHQ-9", "MADRS total"), or None."""
    # ("PHQ-9 pre", "Pain before": a flowsheet's score taken before each session)
    # ("C-SSRS ideation severity": the one number a C-SSRS is scored by)
    t = re.sub(r"\b(?:total|score|pre(?:-(?:infusion|session|treatment|tx))?|before|ideation severity)\b", "", text,
               flags=re.IGNORECASE).strip()
    for name, pattern, _ in _PATTERNS:
        if name != "pain NRS" and pattern.fullmatch(t):
            return name
    # (s82: in Spanish, "Dolor (escala numérica 0-10)", "EVA", "EVN dolor")
    return "pain NRS" if re.fullmatch(r"(?:pain\s+)?NRS|pain(?: score)?(?: \(0-10\))?|"
                                      r"(?:dolor|EVA|EVN)(?:\s+dolor)?(?:\s*\((?:escala\s+)?(?:num[eé]rica|visual "
                                      r"anal[oó]gica|EVA|EVN)?\s*(?:0\s*-\s*10)?\))?", t, re.IGNORECASE) else None


# the highest score in each scale's remission range (PHQ-9 under 5, MADRS 10 or less, HAM-D-17 7 or less, GAD-7 under 5;
# the pain scale has none)
REMISSION = {"PHQ-9": 4, "MADRS": 10, "HAM-D": 7, "GAD-7": 4}


def score_outcome(name: str, scores: list[int]) -> str:
    """The outcome class a scale's scores over a trial give, first to last, as trials define it: a fall of half or
    more is a response (a remission when the last score is in the remission range), a fall of a quarter to a half a
    partial response, less no response; a fall of a quarter or more that the last score has lost again a relapse."""
    first, last = scores[0], scores[-1]

    def fall(score: int) -> float:
        return (first - score) / first if first else 0.0

    if fall(min(scores)) >= 0.25 and fall(last) < 0.25:
        return "relapse"
    if fall(last) >= 0.5 and name in REMISSION and last <= REMISSION[name]:
        return "remission"
    return "partial_response" if fall(last) >= 0.25 else "no_response"


def table_score(name: str, cell: str) -> int | None:
    m = re.match(r"\s*(\d{1,2})\b", cell)
    top = next(t for n, _, t in _PATTERNS if n == name)
    if m and (top is None or int(m.group(1)) <= top):
        return int(m.group(1))
    return None


def find_scales(text: str) -> list[ScaleHit]:
    out: list[ScaleHit] = []
    taken: list[tuple[int, int]] = []
    for name, pattern, top in _PATTERNS:
        for m in pattern.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            if name == "pain NRS":
                hit = _pain(text, m)
            elif name == "C-SSRS":
                hit = _cssrs(text, m)
            else:
                hit = _scored(text, m, name, top)
            if hit and not isinstance(hit.score, int):
                taken.append((m.start(), hit.end))  # a C-SSRS in words: suicidality, not a score
            elif hit:
                out.append(hit)
                taken.append((m.start(), hit.end))
                if isinstance(hit.score, int):
                    for more in _more_scores(text, hit, top):
                        out.append(more)
                        taken.append((more.start, more.end))
    return sorted(out, key=lambda h: h.start)


def _scored(text: str, m: re.Match, name: str, top: int | None) -> ScaleHit | None:
    after = _AFTER.match(text[m.end():m.end() + 90])
    if after and re.match(r"\s*(?:->|→|to\s+\d|-\s*>)", text[m.end() + after.end():]):
        return None  # "PHQ-9 24 -> 18": a change told in passing, with no date of its own
    if after and _THRESHOLD.match(text[m.end() + after.end():]):
        return None  # "a PHQ-9 of 10 or more indicates depression": a cut-off, not a score
    if after and (top is None or int(after.group("n")) <= top):
        return ScaleHit(name, int(after.group("n")), m.start(), m.end() + after.end())
    before = _BEFORE.search(text[max(0, m.start() - 30):m.start()])
    if before and (top is None or int(before.group("n")) <= top):
        return ScaleHit(name, int(before.group("n")), m.start() - (min(30, m.start()) - before.start()), m.end())
    version = _VERSION.search(m.group(0))
    if version and top is not None and int(version.group(1)) <= top:
        # "HAM-D 24 on 03/06/2021": no other number follows, so the one read as the 24-item version is the score
        return ScaleHit(name, int(version.group(1)), m.start(), m.end())
    return None


_VERSION = re.compile(r"[\s-](17|21|24)$")  # the item count a scale's name may end with


# "HAM-D-17: 28 at baseline (08/29/2025), 9 after treatment 12 (10/10/2025)", "PHQ-9 scores: 21 in January 2024,
# and 16 on 22 September 2026", "PHQ-9 was 26 on admission (10/02) and 19 at discharge (10/16)": more scores of the
# same scale, each with its own date or the admission or discharge it was taken at; "went from 20 at the first visit
# (03/01/2024) to 12 at the last (09/01/2024)": a change told with a date for each end
# ("... on admission 26 and at discharge 14": the time may come before the number too)
# ("PHQ-9 hoy: 6 (era 17 el 02/10/2025)": an earlier score in brackets, with its day)
# ("HAM-D 29 on admission 12/05/1983; 6 on 01/20/1984": after a semicolon, a bare score with its own day; the words
# after a score in capitals too, as old charts are typed: "6 ON 01/20/1984")
_MORE = re.compile(r"[^,;.]{0,40}?(?:,\s*(?:and\s+)?|;\s*(?=(?:at|on|upon)\s+(?:admission|discharge)|"
                   r"\d{1,2}\s+(?i:on|el)\s+\d{1,2}/\d{1,2}/\d{2,4})|\s+and\s+|"
                   r"\s+to\s+|\s*\(\s*(?=was\b|era\b))(?:(?:is|was|now|then|era)\s+)?"
                   r"(?P<pre>(?:(?:at|on|upon)\s+(?:admission|discharge)|today)\s*[:=]?\s*)?(?P<n>\d{1,2})"
                   r"(?!\s*(?:mg|%|/|weeks?|days?|sessions?|years?|months?)\b)\s*"
                   r"(?P<rest>(?i:(?:at|after|on|by|in|at the end of|el)\b|\(|today\b)[^,;]{0,40}|"
                   r"(?<=\d)(?=\s*[,;.)]|$))")
# "pain 7/10 at rest, 9/10 with walking": the same note's other pain scores, each out of ten
_MORE_PAIN = re.compile(r"(?:\s+(?:on|at)\s+\d{1,2}/\d{1,2}/\d{2,4})?"  # "8/10 on 03/10/2025 before ..., 3/10 on ..."
                        r"[^,;.\d]{0,30}?(?:,\s*(?:and\s+)?|\s+and\s+)(?P<n>\d{1,2})\s*/\s*10\b")
_DATED = re.compile(r"\d{1,2}/\d{1,2}|\b(?:19|20)\d\d\b|\b(?:admission|discharge|today)\b|"
                    # (or a course's first or last session, dated by the course's span: "18 at the first session and 9
                    # at the last")
                    r"\bat\s+the\s+(?:first|last|final)\b", re.IGNORECASE)


def _more_scores(text: str, hit: ScaleHit, top: int | None) -> list[ScaleHit]:
    out, at = [], hit.end
    while hit.name == "pain NRS" and (m := _MORE_PAIN.match(text, at)) and int(m.group("n")) <= 10:
        out.append(ScaleHit(hit.name, int(m.group("n")), m.start("n"), m.end()))
        at = m.end()
    while (m := _MORE.match(text, at)) and (top is None or int(m.group("n")) <= top) and \
            ((dated := _DATED.search(m.group("rest"))) or m.group("pre")):
        if dated:
            end = m.start("rest") + dated.end()
            end += len(re.match(r"[\d/]*\)?", text[end:]).group(0))  # type: ignore[union-attr]  # to its date's end
        else:
            end = m.end("n")
        out.append(ScaleHit(hit.name, int(m.group("n")), m.start("pre") if m.group("pre") else m.start("n"), end))
        at = end
    return out


def _pain(text: str, m: re.Match) -> ScaleHit | None:
    written = m.group(0).lower()
    tail = text[m.end():m.end() + 40]
    out_of_ten = re.match(r"^[^.;\d]{0,25}?(?P<n>\d{1,2})(?:\s*[-–]\s*\d{1,2})?\s*/\s*10\b", tail)
    if out_of_ten and re.search(r"\b(?:past|above|over|exceeds?|beyond|greater than|more than|below|under)\s*$",
                                tail[:out_of_ten.start("n")], re.IGNORECASE):
        return None  # a plan's threshold, no score: "repeat ablation if pain returns past 6/10"
    if out_of_ten and int(out_of_ten.group("n")) <= 10:
        return ScaleHit("pain NRS", int(out_of_ten.group("n")), m.start(), m.end() + out_of_ten.end())
    if written != "pain":  # "NRS 6", "pain score 7": the number follows the name
        after = _AFTER.match(tail)
        if after and int(after.group("n")) <= 10:
            return ScaleHit("pain NRS", int(after.group("n")), m.start(), m.end() + after.end())
    return None


def _cssrs(text: str, m: re.Match) -> ScaleHit | None:
    tail = re.match(r"^\s*(?:screen(?:ing)?|scale|assessment|score|result)?\s*(?:(?:at|on) (?:admission|discharge|"
                    r"intake)\s*)?(?:\(\d{1,2}/\d{1,2}/\d{2,4}\)\s*)?[:=,-]?\s*(?P<words>[^.;]{2,80})",
                    text[m.end():])
    if not tail:
        return None
    words = re.split(r"\s*[(\[]", tail.group("words"))[0].strip(" ,")
    if not words or re.match(r"^(?:was|is|to|will|should|on|at|and)\b", words, re.IGNORECASE):
        return None
    # "(ideation severity 5)", "most severe ideation 5", "ideation 0": the screen's ideation severity (0-5)
    severity = re.search(r"\b(?:severity|ideation|score)(?: score)?\s*(?:of\s*)?[:=]?\s*([0-5])\b(?!\s*/)",
                         text[m.end():m.end() + 160])
    n = severity or re.match(r"^(\d{1,2})\b(?!\s*/)", words)
    return ScaleHit("C-SSRS", int(n.group(1)) if n else words, m.start(), m.end() + tail.end())
