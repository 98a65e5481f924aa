"""Arguments that answer the denial, and the treatment-trial arithmetic the letters rely on.

The argument text lives in `letter_templates/arguments.yaml` (a clinic's template pack may carry its own
arguments.yaml, which is used instead). Each top-level key is a block:

    step_therapy:                       # a denial category (case.DENIAL_CATEGORIES) or a shared block name
      heading: Step therapy has already been satisfied
      needs:                            # case fields the argument relies on, and why (used by unanswered());
        - field: clinical.history       # `unless: [fields]`: not needed when one of those is filled;
                                        # `unless_service: [pre]`: nor when the care is in that state
          why: the letter has to list the treatments already tried
      paragraphs:                       # Jinja text, rendered in the same sandbox with the letter's context;
        - "{{ patient.name }} has ..."  # a paragraph that renders empty is left out
      summary: "The step-therapy requirement is already met."   # one line for the letter's opening
      include: [parity]                 # shared blocks that follow this one

A template's sidecar says which blocks it carries with `arguments:` (default `[denial]`): `denial` stands for
the block named by the case's `claim.denial_category`; other entries are block names the letter always
carries (the esketamine step-therapy letter always carries `step_therapy`). Blocks are de-duplicated, so the
parity block appears once even when two arguments include it. Templates show them with
`{%p for a in arguments %}` ... `{{ a.heading }}` ... `{%p for para in a.paragraphs %}`. The `summary:` lines of
the blocks that answer the denial (at most three) open the letter as `why_wrong`; the `evidence` block is printed
apart, as `evidence_block`, just before the request.

Adequate failed trials (the one definition; the letters print RULE_SENTENCE and docs/letters.md quotes it):
  * a row of `clinical.history` is ADEQUATE when it says `adequate: true`, or, without that key, when its
    `start` and `end` span at least ADEQUATE_WEEKS (6) weeks: the time spent on the listed dose. Dates may be
    partial ("January 2022", "2022"): the row counts when even the shortest reading of the two dates spans six
    weeks, and is not adequate when even the longest reading is shorter. In between, or with dates that cannot
    be read ("spring 2023"), it is not counted and `check` says which row and why;
  * a row is a FAILURE when it says `failed: true` or `response: none | partial | lost`; it is not when it says
    `failed: false` or `response: response | remission`. Without either, its outcome text is read: a failure
    unless it reports a response or remission that is not negated or qualified (a clinical NLP library such as
    medspacy was measured for this and costs seconds of import time and 280 MB, so the plain reader stays and
    the structured field is preferred) ("No response", "Partial response, then relapse" and "non-response" are failures;
    "Remission" and "Responded well" are not). A row still taken (`ongoing: true`, or the drug of
    treatment.alongside) is a failure only when those fields say so (`failed: true`, `response: none | partial |
    lost`), never from its outcome words (failed_while_taken); even then it is never called failed: it stays out of
    the count and is named after it as still taken, with what it brought (inadequate_words);
  * each row has a kind (`kind:` in the row, else the class of its drug in letter_templates/treatment_kinds.yaml,
    else unknown): antidepressant, augmentation, psychotherapy, neuromodulation or other. Only antidepressant
    rows count toward "two failed antidepressant trials"; augmentation trials, courses and rows of unknown kind
    are counted apart. Psychotherapy and neuromodulation (TMS, ECT) are courses of sessions: adequate only when
    the row says `adequate: true`, never by the six-week rule. A procedure (a nerve block, an epidural injection:
    treatment_kinds.yaml `procedures`) is adequate once given, unless the row says otherwise. A row written
    `kind: other` counts only when it says
    how it went as a trial (`failed:`, `response:` or `adequate:`), never from its outcome words alone
    (marked_other_unjudged).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from appeal_kit import clock
from appeal_kit.bundled import bundled_dir, read_yaml_mapping
from appeal_kit.case.folder import DENIAL_CATEGORIES, get_path, is_blank
from appeal_kit.errors import TemplateError
from appeal_kit.letter import derived
from appeal_kit.letter.wording import Count, Phrase, join_and, lower_first, number_words, phrase, plural_phrase

ARGUMENTS_FILE = "arguments.yaml"
ADEQUATE_WEEKS = 6
DENIAL = "denial"  # in a sidecar's `arguments:` list: the case's own claim.denial_category

_SUCCESS = re.compile(r"\b(remission|remitted|responded|response|responder)\b", re.I)
_NEGATION = re.compile(r"\b(no|not|non|without|partial|partially|minimal|poor|lost|loss of|inadequate|"
                       r"insufficient|failed|lack of|never|limited|little|transient|brief)\b[\w\s-]{0,20}$", re.I)
_RELAPSE = re.compile(r"\b(relapse[sd]?|recurrence|wore off|stopped working)\b", re.I)
# an outcome the record leaves open ("possibly helped sleep", "maybe slightly better", "effect not recorded"): unknown,
# never failed and never partial (docs/letters.md; the truth files' settled convention)
_UNSURE = re.compile(r"\b(?:possibly|maybe|perhaps|unclear|uncertain|unknown|unsure|not (?:recorded|documented|known|"
                     r"clear))\b", re.I)


# ---------------------------------------------------------------------------------------------- trials

# said as this letter's own way of counting, never as a standard it cites (letters set 38, cases 01 and 02: "stated
# as if it were an accepted standard, with no source"); a drug still taken is never counted (STILL_SENTENCE), so the
# rule says so itself, or its words take in a drug continued on a partial response (letters set 67, cases 03 and 08)
RULE_SENTENCE = (f"This letter counts a medication trial as adequate and failed when it was taken for "
                 f"{number_words(ADEQUATE_WEEKS)} weeks or more and brought no response or remission, or only a "
                 "partial or short-lived one, and it is no longer taken.")
# the same rule for treatments given in sessions (TMS, ECT, psychotherapy), printed only when the history has one
COURSE_SENTENCE = ("This letter counts a course of {courses} as adequate and failed when it was "
                   "completed{minimums}{judged} and brought no response or remission, or only a partial or short-lived "
                   "one.")
# said when a drug still taken on an inadequate response is named beside the count: the rule above would otherwise
# read as counting it (letters set 24, case 08: "failed one adequate antidepressant trial" beside venlafaxine XR, still
# taken six months on a partial response, which that rule's words take in)
# the plan's own longer minimum for a medication trial, said beside the six weeks when a trial counted is shorter
PLAN_WEEKS_SENTENCE = ("The plan's own criteria ask for trials of {weeks} weeks or more; the table below gives each "
                       "trial's dates, so the trials that meet them can be read there.")
# (never "not counted": a count of the trials without an adequate response beside the failed ones takes it in, and
# "not counted as failed" then read as a rule the letter broke: letters set 65, cases 01 and 08)
STILL_SENTENCE = ("A drug still being taken is never counted among the failed trials; it is named beside them, with "
                  "what it has brought.")
# the rule said as what the trials in the paragraph's whole count were, where it holds a drug still taken on an
# inadequate response: the clinical fact, never the letter explaining how it counts (letters set 99, case 07: "This
# letter counts ..." and "A drug still being taken is never counted among the failed trials" read as software, and
# conceded the denial's count of one)
# ("medication trials": a course of sessions the count names beside them is judged by its own rule, COURSE_SENTENCE)
TRIALS_SENTENCE = (f"Each of these medication trials was taken for {number_words(ADEQUATE_WEEKS)} weeks or more and "
                   "brought no response or remission, or only a partial or short-lived one.")
# said when a course counted was judged adequate by its clinician (`adequate: true`) without every planned session
# given: the rule as the count applies it (set 21, case 08: 8 of 12 planned ECT treatments, adequate under the policy)
JUDGED_ADEQUATE = ", or the treating clinician judged it adequate,"
_MONTH_YEAR = re.compile(r"^(?P<month>[A-Za-z]{3,9}\.?|\d{1,2})[\s/,.-]+(?P<year>(?:19|20)\d\d)$|"
                         r"^(?P<year2>(?:19|20)\d\d)-(?P<month2>\d{1,2})$")


def date_span(value: Any) -> tuple[date, date] | None:
    """The earliest and latest day a written date can mean: "2022-03-14" -> that day; "March 2022" -> the
    first and last of March; "2022" -> the whole year; None when it cannot be read ("spring 2023")."""
    import calendar

    if isinstance(value, date):
        return value, value
    text = str(value or "").strip()
    if not text:
        return None
    if re.fullmatch(r"(?:19|20)\d\d", text):
        year = int(text)
        return date(year, 1, 1), date(year, 12, 31)
    m = _MONTH_YEAR.match(text)
    if m:
        from appeal_kit.intake.deadlines import MONTHS

        year = int(m.group("year") or m.group("year2"))
        month_text = (m.group("month") or m.group("month2")).rstrip(".")
        month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text[:3].lower())
        if not month or not 1 <= month <= 12:
            return None
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    try:
        day = date.fromisoformat(text)
    except ValueError:
        from appeal_kit.case.folder import parse_date
        from appeal_kit.errors import CaseError

        try:
            day = date.fromisoformat(parse_date(text, what="clinical.history"))
        except CaseError:
            return None
    return day, day


def _flag(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("yes", "true", "no", "false"):
        return value.strip().lower() in ("yes", "true")
    return None


def trial_weeks(row: dict) -> tuple[float, float] | None:
    """(shortest, longest) weeks the row's start and end can mean, or None when a date cannot be read or the end
    comes before the start."""
    start, end = date_span(row.get("start")), date_span(row.get("end"))
    if start is None or end is None or end[1] < start[0]:
        return None
    return max(0, (end[0] - start[1]).days) / 7, (end[1] - start[0]).days / 7


_SESSIONS_OF = re.compile(r"\b(\d{1,3})\s+(?:of|out of)\s+(\d{1,3})\b(?:\s+\w+){0,2}?\s+(?:sessions?|treatments?)\b",
                          re.I)
_SESSIONS = re.compile(r"\b(\d{1,3})\s+(?:[a-z-]+\s+){0,2}?(?:sessions?|treatments?)\b", re.I)


# the sessions a course planned, as a dose says it: "(12 planned)", "12 planned", "of a planned 12"
_PLANNED = re.compile(r"\b(\d{1,3})\s+planned\b|\bplanned\s+(\d{1,3})\b", re.I)


def session_count(row: dict) -> tuple[int, int | None] | None:
    """(sessions given, sessions planned or None) of a course: `sessions:` when the row gives a number, else the
    dose as written ("36 sessions plus 6 taper sessions" -> (42, None), "30 of 36 treatments given" -> (30, 36));
    None when neither says."""
    given = row.get("sessions")
    if isinstance(given, int) and not isinstance(given, bool):
        # the number given, and the number planned where the dose says it ("8 treatments (12 planned)": set 21, 08)
        dose = str(row.get("dose") or "")
        of, planned = _SESSIONS_OF.search(dose), _PLANNED.search(dose)
        return given, int(of.group(2)) if of else int(planned.group(1) or planned.group(2)) if planned else None
    for text in (str(given or ""), str(row.get("dose") or "")):
        m = _SESSIONS_OF.search(text)
        if m:
            return int(m.group(1)), int(m.group(2))
        counts = [int(n) for n in _SESSIONS.findall(text)]
        if counts:
            return sum(counts), None
    return None


def minimum_sessions(row: dict) -> int | None:
    """The fewest sessions a complete course of this treatment has (treatment_kinds.yaml `minimum_sessions`, by the
    first word of `drug:` it names, else by kind); None when the table gives none."""
    table = _kind_data().get("minimum_sessions") or {}
    for word in re.findall(r"[a-z0-9]+", str(row.get("drug") or "").lower()):
        if word in table:
            return int(table[word])
    kind = trial_kind(row)
    return int(table[kind]) if kind in table else None


def _course_problem(row: dict) -> str | None:
    """For a course of sessions: "" when complete, why not in words, None when the record does not say."""
    count = session_count(row)
    if count is None:
        return None
    given, planned = count
    if planned and given < planned:
        return f"the course was not finished ({given} of {planned} sessions given)"
    least = minimum_sessions(row)
    if least is None:
        return None
    if given < least:
        return f"it had {number_words(given)} sessions, fewer than a complete course ({least} or more)"
    return ""


# a row the record says was never taken: "prescribed, never started", "never filled or taken", "not picked up"
_NEVER_TAKEN = re.compile(r"\bnever\s+(?:been\s+)?(?:started|filled|taken|picked\s+up)\b"
                          r"|\bnot\s+(?:filled|picked\s+up)\b", re.I)


def adequacy_problem(row: dict) -> str | None:
    """Why the row is not an adequate trial, in words ("" for adequate), or None when it cannot be told: the
    dates cannot be read or are too vague to show six weeks (check names such rows)."""
    explicit = _flag(row.get("adequate"))
    if explicit is False and _flag(row.get("failed")) is True:
        # stopped early and failed (an intolerance, say): never dismissed as merely "not an adequate trial", since a
        # criterion or an exception may accept exactly that (set 8, cases 03 and 05)
        return "it failed before an adequate trial was reached"
    if explicit is False and _NEVER_TAKEN.search(f"{row.get('dose') or ''} {row.get('outcome') or ''}"):
        return "it was never taken"  # prescribed and never filled or started: no trial at all (set 21, case 08)
    if explicit is not None:
        return "" if explicit else "it was not an adequate trial"
    if row.get(PLAN_NAMED):
        return ""  # a short course the plan's own words list as a trial: judged at its own length, never by weeks
    if is_course(row):
        return _course_problem(row)  # a course of sessions is judged by its sessions, never by its weeks
    if is_procedure(row):
        return ""  # a procedure given is judged by what it did, never by weeks
    weeks = trial_weeks(row)
    stated = stated_weeks(row)
    if stated is not None and (weeks is None or weeks[0] < ADEQUATE_WEEKS <= weeks[1]):
        # the length the record gives (`weeks:`), where the dates alone cannot tell it (month-only dates: letters
        # set 22, case 02, "no response after 10 weeks" from 2024-02 to 2024-04); never against the dates
        if weeks is None or weeks[0] - 1 <= stated <= weeks[1] + 1:
            weeks = (stated, stated)
    if weeks is None:
        return None
    shortest, longest = weeks
    if shortest >= ADEQUATE_WEEKS:
        return ""
    if longest < ADEQUATE_WEEKS:
        return f"it lasted less than {number_words(ADEQUATE_WEEKS)} weeks"
    return None


def stated_weeks(row: dict) -> float | None:
    """The row's `weeks:` (the trial's length as the record gives it: 10, "10", "2.5"), or None."""
    value = row.get("weeks")
    if isinstance(value, bool) or value is None:
        return None
    try:
        weeks = float(str(value).strip())
    except ValueError:
        return None
    return weeks if 0 < weeks < 520 else None


def uncountable_reason(row: dict) -> str | None:
    """For `check`: why a row's length cannot be told, and how to fix it; None when it can be."""
    said = uncountable_phrase(row)
    return None if said is None else str(said)


def uncountable_phrase(row: dict) -> Phrase | None:
    """uncountable_reason() as a Phrase, for `check` to say in the person's language."""
    if adequacy_problem(row) is not None or _worked(row):
        return None  # a row that worked is no failed trial whatever its dates: nothing to fix
    start, end = row.get("start"), row.get("end")
    if is_course(row):
        count = session_count(row)
        sessions = phrase("{n} sessions", n=count[0]) if count else phrase("sessions (add `sessions:`)")
        return phrase("it is a course of {kind} judged by its {sessions}, not by weeks; add `adequate: true` if the "
                      "treating clinician considers it a complete course, or `adequate: false`", kind=trial_kind(row),
                      sessions=sessions)
    if date_span(start) is None or date_span(end) is None:
        bad = start if date_span(start) is None else end
        return phrase("its dates cannot be read ({bad!r}); write them like 2024-03-01 or March 2024, or add "
                      "`adequate: true` if it lasted six weeks or more", bad=bad)
    if trial_weeks(row) is None:
        return phrase("its end date comes before its start date")
    return phrase("its dates ({start} to {end}) are given by month, which does not show whether it lasted {weeks} "
                  "weeks; give the days, or the length the record gives (`weeks: 10`), or add `adequate: true` / "
                  "`adequate: false`", start=start, end=end, weeks=ADEQUATE_WEEKS)


def measured_by_weeks(row: dict) -> bool:
    """A drug trial the six-week rule can measure: not a course of sessions or a procedure, and not one whose dates
    show it shorter than six weeks (counted only by its own `adequate: true`: a challenge dose judged in hours or
    days)."""
    if is_course(row) or is_procedure(row):
        return False
    weeks = trial_weeks(row)
    return weeks is None or weeks[1] >= ADEQUATE_WEEKS


def trial_is_adequate(row: dict) -> bool:
    """`adequate:` when given, else start-to-end at least ADEQUATE_WEEKS weeks (see the module docstring)."""
    return adequacy_problem(row) == ""


def outcome_is_response(outcome: Any) -> bool:
    """True when the outcome reports a response or remission that is not negated, qualified or lost."""
    text = str(outcome or "")
    if _RELAPSE.search(text):
        return False
    for m in _SUCCESS.finditer(text):
        if not _NEGATION.search(text[:m.start()]):
            return True
    return False


# `response:` in a history row: what the trial brought, as a choice rather than free text
RESPONSES = {"none": True, "partial": True, "lost": True, "response": False, "remission": False}  # -> failed?


def outcome_unknown(row: dict) -> bool:
    """The row gives neither `failed:` nor a `response:`, and its outcome text leaves the result open (_UNSURE:
    "possibly", "maybe", "not recorded"): what the trial brought is unknown, so it is neither failed nor a
    response (set 17, case 02: nortriptyline "possibly helped sleep" counted among failed trials)."""
    return (_flag(row.get("failed")) is None and str(row.get("response") or "").strip().lower() not in RESPONSES
            and bool(_UNSURE.search(str(row.get("outcome") or ""))))


# an outcome that says the clinic tapered the drug off or weaned the patient from it on purpose ("Tapered off by 03/2025
# and replaced by hydrocodone"), with no word of a failure: a planned reduction, not a failed trial (letters set 59,
# case 05: oxycodone tapered by the pain clinic called "a failed adequate treatment trial")
_TAPERED = re.compile(r"\b(?:taper(?:ed|ing)?|wean(?:ed|ing)?)\b", re.I)
_FAILURE_WORDS = re.compile(r"\b(?:fail(?:ed|ure)?|ineffective|no (?:relief|benefit|response|effect|improvement)|"
                            r"did not (?:help|work)|not effective|worse(?:ned)?|side effects?|intoleran\w*|"
                            r"not tolerated|adverse|inadequate|partial|"
                            r"lack of (?:relief|benefit|response|effect))\b", re.I)


def stopped_on_purpose(row: dict) -> bool:
    """The row gives neither `failed:` nor a `response:`, and its outcome says it was tapered off or weaned on purpose,
    with no word of a failure: never counted as a failed trial."""
    outcome = str(row.get("outcome") or "")
    return (_flag(row.get("failed")) is None and str(row.get("response") or "").strip().lower() not in RESPONSES
            and bool(_TAPERED.search(outcome)) and not _FAILURE_WORDS.search(outcome))


def trial_failed(row: dict) -> bool:
    """`failed:` when given, else `response:` (none, partial or lost = failed), else False for an outcome the record
    leaves open (outcome_unknown), else the outcome text read for a response that is not negated
    (outcome_is_response)."""
    explicit = _flag(row.get("failed"))
    if explicit is not None:
        return explicit
    response = str(row.get("response") or "").strip().lower()
    if response in RESPONSES:
        return RESPONSES[response]
    if stopped_on_purpose(row):
        return False
    return not outcome_unknown(row) and not outcome_is_response(row.get("outcome"))


KINDS = ("antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other")
KINDS_FILE = "treatment_kinds.yaml"


def _kinds() -> tuple[dict, dict[str, str], frozenset[str]]:
    path = bundled_dir() / KINDS_FILE
    stat = path.stat()
    return _kinds_as_read(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=4)
def _kinds_as_read(path: Path, mtime_ns: int, size: int) -> tuple[dict, dict[str, str], frozenset[str]]:
    """treatment_kinds.yaml and its tables, made once while the file is unchanged: every trial row asks for them
    several times, and copying and indexing the file each time was a third of rendering a letter. Read only."""
    data = read_yaml_mapping(path, "a map of kinds to drug and treatment names")
    table = {str(name).lower(): kind for kind in KINDS for name in data.get(kind) or []}
    return data, table, frozenset(data.get("courses") or [])


@lru_cache(maxsize=1)
def brand_names() -> frozenset[str]:
    """The names treatment_kinds.yaml gives that are no generic name (the English names of
    treatment_names_es.yaml are international nonproprietary names and procedures): the brands, Spravato, Zoloft."""
    from appeal_kit.case.interview import _spanish_treatments

    generic = {w for name in _spanish_treatments().values() for w in re.findall(r"[a-z0-9]+", name.lower())}
    return frozenset(_kind_table()[0]) - generic


def name_in_sentence(name: str) -> str:
    """The treatment's name as a sentence says it after its first word: the first letter lowered when the name opens
    with a plain word capitalised only because it opens the field ("denial of Maintenance electroconvulsive therapy"
    -> "denial of maintenance electroconvulsive therapy": letters set 18, every letter), the article "A" too ("for A
    36-session course": set 86). A brand keeps its capital
    (brand_names, or a word followed by its other name in brackets: "Caplyta (lumateperone)"), as do a one-word name,
    a word in capitals (IV, TMS) and one with a capital inside (iTBS)."""
    words = name.split()
    plain_word = words[0][1:].islower() or words[0] == "A" if words else False
    if len(words) < 2 or not (words[0].isalpha() and words[0][:1].isupper() and plain_word):
        return name
    if words[1].startswith("(") or words[0].lower() in brand_names():
        return name
    return name[:1].lower() + name[1:]


def _kind_data() -> dict:
    return _kinds()[0]


def _kind_table() -> tuple[dict[str, str], frozenset[str]]:
    """letter_templates/treatment_kinds.yaml as {word: kind} and the kinds given as session courses."""
    _, table, courses = _kinds()
    return table, courses


def _written_as_add_on(drug: str) -> bool:
    """The drug as written says it was added to another ("Bupropion XL (augmenting escitalopram)")."""
    words = [re.escape(str(w)) for w in _kind_data().get("add_on_words") or []]
    return bool(words) and bool(re.search(r"\b(?:" + "|".join(words) + r")\b", drug, re.I))


def trial_kind(row: dict) -> str | None:
    """The row's `kind:` when it gives one of KINDS, else the kind of the first word of its `drug:` that
    treatment_kinds.yaml names (an antidepressant written as an add-on is an augmentation trial), else None
    (unknown: never counted as an antidepressant trial)."""
    explicit = str(row.get("kind") or "").strip().lower()
    if explicit in KINDS:
        return explicit
    table, _ = _kind_table()
    drug = str(row.get("drug") or "")
    for word in re.findall(r"[a-z0-9]+", drug.lower()):
        if word in table:
            kind = table[word]
            return "augmentation" if kind == "antidepressant" and _written_as_add_on(drug) else kind
    return None


def _named_in(row: dict, kind_list: str) -> bool:
    """The row is no medication and no course of sessions, and the words of its `drug:` name one of
    treatment_kinds.yaml's `kind_list`."""
    if trial_kind(row) in ("antidepressant", "augmentation") or is_course(row):
        return False
    words = set(re.findall(r"[a-z0-9]+", str(row.get("drug") or "").lower()))
    return bool(words & {str(w).lower() for w in _kind_data().get(kind_list) or []})


def is_procedure(row: dict) -> bool:
    """A procedure (treatment_kinds.yaml `procedures`: a nerve block, an epidural injection, an ablation), not a
    medication or a course of sessions: given once or a few times, so no six-week rule measures it."""
    return _named_in(row, "procedures")


def is_therapy_course(row: dict) -> bool:
    """A course of rehabilitation therapy (treatment_kinds.yaml `therapy_courses`: physical or occupational
    therapy), not a medication: no medication-trial rule counts it as a failed trial (set 41, cases 05 and 07)."""
    return _named_in(row, "therapy_courses")


def therapy_course_not_failed(row: dict) -> bool:
    """A therapy course (is_therapy_course) that is no failed trial: still under way, or brought some benefit
    (`response:` partial, response or remission), or does not say it failed. Only a course completed without
    benefit (`failed: true`, or `response:` none or lost) counts, as an other treatment trial, never a medication
    one (set 41, cases 05 and 07: courses with partial benefit, one still going on at home, counted as the one failed
    trial beside a drug still taken; set 7, case 02: physical therapy without lasting improvement counted)."""
    if not is_therapy_course(row):
        return False
    if still_taken(row) or _flag(row.get("failed")) is False:
        return True
    return not (_flag(row.get("failed")) is True
                or str(row.get("response") or "").strip().lower() in ("none", "lost"))


def is_pain_medicine(row: dict) -> bool:
    """The row is a drug treatment for pain (treatment_kinds.yaml `pain_medicine`, by the words of its `drug:`), not
    a course or a procedure: a pain letter counts it as a medication trial."""
    words = set(re.findall(r"[a-z0-9]+", str(row.get("drug") or "").lower()))
    return not is_course(row) and bool(words & {str(w).lower() for w in _kind_data().get("pain_medicine") or []})


def is_diagnostic_test(name: str) -> bool:
    """The care is a test that finds out what the illness is (treatment_kinds.yaml `diagnostic_tests`, whole words of
    its name): ordered to answer a clinical question, not prescribed to treat a diagnosis."""
    words = " ".join(re.findall(r"[a-z0-9]+", str(name or "").lower()))
    return any(re.search(r"\b" + re.escape(str(w).lower()) + r"\b", words)
               for w in _kind_data().get("diagnostic_tests") or [])


def _treatment_groups(text: str) -> set[int]:
    """The same_treatment groups (treatment_kinds.yaml) a name's words fall in."""
    words = set(re.findall(r"[a-z0-9]+", str(text or "").lower()))
    return {i for i, group in enumerate(_kind_data().get("same_treatment") or [])
            if words & {str(w).lower() for w in group}}


def _drug_word(text: str) -> str | None:
    """The first word of a name that treatment_kinds.yaml lists as a drug ("Cariprazine (samples)" -> cariprazine;
    "Quetiapine (augmenting duloxetine)" -> quetiapine, never the drug it was added to)."""
    table, _ = _kind_table()
    return next((w for w in re.findall(r"[a-z0-9]+", text.lower()) if w in table), None)


# words a hyphen joins to a drug's name that are no second drug ("bupropion extended-release", "ketamine-assisted")
_NOT_A_DRUG = frozenset({"extended", "release", "sustained", "delayed", "immediate", "acting", "assisted", "based",
                         "induced", "related", "resistant", "naive", "augmented", "augmenting"})


def _combination(name: str) -> set[str]:
    """The two drugs of a fixed-dose combination a name gives ("Auvelity (dextromethorphan-bupropion ER)",
    "olanzapine/fluoxetine", "Lybalvi (olanzapine and samidorphan)"): two words joined by a hyphen or a slash, or by
    "and" in the brackets that spell out a brand, one of them a drug treatment_kinds.yaml lists; else nothing."""
    table, _ = _kind_table()
    low = name.lower()
    spelled = " ".join(re.findall(r"\(([^()]*)\)", low))  # letters set 24, case 07: olanzapine was a step of its own
    for pair in [*re.findall(r"\b([a-z]{5,})\s*[-/]\s*([a-z]{5,})\b", low),
                 *re.findall(r"\b([a-z]{5,}) and ([a-z]{5,})\b", spelled)]:
        if set(pair) & table.keys() and not set(pair) & _NOT_A_DRUG:
            return set(pair)
    return set()


_LONG_ACTING = re.compile(r"\b(?:injections?|injectable|depot|implants?|long-acting|sublocade|brixadi|vivitrol|"
                         r"invega sustenna|aristada|abilify maintena)\b", re.I)
_BY_MOUTH = re.compile(r"\b(?:tablets?|tabs?|capsules?|films?|sublingual|buccal|oral|by mouth|orally|po)\b", re.I)

# the words that name what a requested treatment is given with or added to: what follows them is another treatment
_GIVEN_WITH = re.compile(r"\b(?:as\s+an?\s+)?(?:adjunct(?:ive)?\s+to|add(?:ed|-on)\s+to|augmenting|alongside|"
                         r"together\s+with|in\s+combination\s+with|with|plus)\b", re.I)


# the words that make a neuromodulation course a protocol of its own
_PROTOCOL = re.compile(r"\b(?:accelerated|theta[- ]burst|i?TBS|SAINT|SNT|deep|standard|once[- ]daily)\b", re.I)


def same_treatment(row: dict, treatment_name: Any) -> bool:
    """The history row is the treatment requested: its words fall in a same_treatment group with the request's
    (TMS and transcranial magnetic stimulation), or its drug is one the request names ("Cariprazine (samples)" and
    "Vraylar (cariprazine)": set 8, case 05, the drug asked for had already worked on samples)."""
    name, drug = str(treatment_name or ""), str(row.get("drug") or "")
    # the row is what its name says before any note in brackets, when that names a treatment: "Sertraline
    # (maintenance after 2021 ECT)" is sertraline, never the ECT its note mentions (set 9, case 05)
    head = re.split(r"[(\[]", drug, maxsplit=1)[0]
    if head != drug and (_drug_word(head) or _treatment_groups(head)):
        drug = head
    asked = _treatment_groups(name)
    if asked & _treatment_groups(drug):
        # an accelerated or theta-burst course is another protocol than a standard once-daily one of the same kind:
        # the earlier course is a trial, never the treatment asked for (letters set 68, case 05)
        return {m.lower() for m in _PROTOCOL.findall(name)} == {m.lower() for m in _PROTOCOL.findall(drug)}
    if asked:  # a TMS course "as an adjunct to escitalopram" is no escitalopram (set 4, case 03)
        return False
    # the drug the request is given with or added to is another treatment ("cariprazine with sertraline")
    name = _GIVEN_WITH.split(name, maxsplit=1)[0]
    # a long-acting injection or implant is another treatment than its drug by mouth, and a combination another than
    # one of its drugs asked for alone: the film, the tablet, the combination is the step a plan asks for first
    # (letters set 55, case 03: buprenorphine-naloxone film before an extended-release buprenorphine injection)
    if _LONG_ACTING.search(name) and not _LONG_ACTING.search(drug) and (_BY_MOUTH.search(drug) or any(
            other not in name.lower() for pair in re.findall(r"\b([a-z]{5,})\s*[-/]\s*([a-z]{5,})\b", drug.lower())
            for other in pair)):
        return False
    first = lambda text: next(iter(re.findall(r"[a-z]{4,}", text.lower())), None)  # noqa: E731
    if parts := _combination(name):
        # a combination is asked for: a trial of one of its drugs alone was another treatment (letters set 22, case
        # 04: bupropion XL before Auvelity, dextromethorphan-bupropion), of both or of the brand the same one
        words = set(re.findall(r"[a-z]+", drug.lower()))
        return parts <= words or (first(drug) is not None and first(drug) == first(name))
    word = _drug_word(drug)
    if word is None:  # a name the table does not know: the same first word ("Lurasidone (samples)" for "Lurasidone
        # 60 mg daily": set 21, case 04), so samples of the drug asked for are never a step it took; or the generic
        # name a brand's brackets give ("Lumateperone" for "Caplyta (lumateperone) 42 mg": letters set 98, case 04,
        # where the drug asked for, taken on samples, was counted among the failed steps)
        names = {first(name), *(first(inside) for inside in re.findall(r"[(\[]([^)\]]*)", name))}
        return first(drug) is not None and first(drug) in names
    return word in re.findall(r"[a-z0-9]+", name.lower())


def _protocols(text: Any) -> set[str]:
    """The protocols (treatment_kinds.yaml's treatment_protocols) a treatment's name gives: {"accelerated",
    "theta_burst"} for an accelerated iTBS course, nothing for standard daily TMS."""
    words = set(re.findall(r"[a-z0-9]+", str(text or "").lower()))
    return {name for name, names in (_kind_data().get("treatment_protocols") or {}).items()
            if words & {str(w).lower() for w in names}}


def earlier_responses(history: Any, treatment_name: Any, onset: Any = None) -> list[dict]:
    """The rows of clinical.history that are the treatment requested (same_treatment, under the same protocol),
    given before, with a response or remission (`response: response | remission`, and not marked failed), or one
    that worked in an earlier episode and was lost only afterwards (worked_in_earlier_episode; `onset`:
    clinical.episode_onset): the same treatment has worked for this patient."""
    if not isinstance(history, list):
        return []
    asked = _protocols(treatment_name)
    return [r for r in history if isinstance(r, dict) and same_treatment(r, treatment_name)
            and _protocols(r.get("drug")) == asked
            and (str(r.get("response") or "").strip().lower() in ("response", "remission")
                 or worked_in_earlier_episode(r, onset))
            and _flag(r.get("failed")) is not True]


def continuing_course(treatment_name: Any, rows: list[dict]) -> str:
    """The word ("continuation", "maintenance": treatment_kinds.yaml's continuing_courses) the request names for a
    course that keeps what earlier courses brought, when none of `rows` (its earlier responses) was such a course;
    otherwise ""."""
    words = [str(w).lower() for w in _kind_data().get("continuing_courses") or []]
    named = [w for w in re.findall(r"[a-z]+", str(treatment_name or "").lower()) if w in words]
    if not named or any(set(re.findall(r"[a-z]+", str(r.get("drug") or "").lower())) & set(words) for r in rows):
        return ""
    return named[0]


def is_course(row: dict) -> bool:
    """A treatment given in sessions (TMS, ECT, psychotherapy): judged by its sessions, not by weeks."""
    return trial_kind(row) in _kind_table()[1]


def _worked(row: dict) -> str:
    """"response" or "remission" when the row's `response:` says the treatment worked (and no `failed: true`):
    that, not its dates, is why it is no failed trial (set 8, case 02)."""
    response = str(row.get("response") or "").strip().lower()
    return response if response in ("response", "remission") and _flag(row.get("failed")) is not True else ""


# an outcome that records what the drug failed to bring, beside any harm that stopped it ("Little relief after 9 weeks;
# stopped for nausea"): then it was a trial that failed, not only an intolerance
_NO_EFFECT = re.compile(r"\b(?:no|little|minimal|partial|poor|limited|inadequate|insufficient|without|lack of|lost|"
                        r"loss of)\b[\w\s-]{0,20}?\b(?:response|relief|benefit|improvement|effect|efficacy|"
                        r"remission)\b|\bnon-?respon\w*|\bineffective\b|\bnot effective\b|\bdid not (?:help|work)\b",
                        re.I)


def adverse_stop(outcome: Any) -> bool:
    """The outcome says the drug harmed or could not be tolerated (_ADVERSE_STOP), or that it was stopped for a harm it
    names ("Stopped after hyponatremia (sodium 128)": letters set 69, case 08, escitalopram counted as an adequate
    failed trial, so "two such trials" for Spravato's label where the case holds one)."""
    text = str(outcome or "")
    stop = _STOPPED_FOR.search(text)
    reason = re.split(r"[.;]", text[stop.end():])[0] if stop else ""  # the stop's own clause
    return bool(_ADVERSE_STOP.search(text) or _HARM_WORDS.search(reason))


def stopped_for_intolerance(row: dict) -> bool:
    """A trial stopped because it could not be tolerated (its outcome says so), not still taken, not marked failed."""
    return adverse_stop(row.get("outcome")) and not still_taken(row) \
        and _flag(row.get("failed")) is not True and not given_for_another_purpose(row)


def given_for_another_purpose(row: dict) -> bool:
    """A `kind: other` row never judged as a trial whose own words say it was given for something else or was no trial
    (a sleep dose): whatever stopped it, it is no intolerance of a trial (letters set 79, case 01: quetiapine 50 mg at
    bedtime, stopped after an ECG finding, told "an intolerance rather than a full trial" under a policy counting
    an intolerance as a step met)."""
    said = _row_words(row)
    return (marked_other_unjudged(row) or _other_not_a_trial(row)) \
        and bool(_ANOTHER_PURPOSE.search(said) or _NOT_A_TRIAL.search(said))


def _row_words(row: dict) -> str:
    """What a row says of the drug: its name, dose and outcome."""
    return f"{row.get('drug') or ''} {row.get('dose') or ''} {row.get('outcome') or ''}"


def intolerance_only(row: dict) -> bool:
    """A trial stopped because it could not be tolerated whose record says nothing of a want of effect (no `response:
    none | partial | lost`, no such words): an intolerance, never an adequate failed trial, even where the row says
    `failed: true` (letters set 67, case 06: gabapentin "Stopped for dizziness and a fall (not tolerated)" counted
    among "two adequate medication trials"), unless the plan's own words accept such a stop as a trial (PLAN_NAMED)."""
    outcome = str(row.get("outcome") or "")
    return adverse_stop(outcome) and not still_taken(row) and not row.get(PLAN_NAMED) \
        and not given_for_another_purpose(row) \
        and str(row.get("response") or "").strip().lower() not in ("none", "partial", "lost") \
        and not _NO_EFFECT.search(outcome)


# an outcome that says the drug was stopped for a switch into mania or hypomania, a harm no want of effect ("switch
# into hypomania after 7 weeks; stopped"); a stop with "no change" may be one (letters set 34, case 01)
_STOPPED_FOR_SWITCH = re.compile(r"^(?=.*\b(?:stopped|discontinued)\b).*\b(?:switch\w*\s+(?:in)?to|induced)\s+"
                                 r"(?:\w+\s+)?(?:hypo)?mani[ac]\b", re.I)


def _why_not_counted(row: dict) -> str:
    if row.get(BEGAN_WITH_CARE):
        return "it was started during the care this appeal is about, not tried before it"
    if _worked(row):  # what it did, before what it did not (set 8, case 05: samples that worked "had not failed")
        return f"it brought a {_worked(row)}"
    if therapy_course_not_failed(row):  # a course still under way or of some benefit (set 41, cases 05 and 07)
        return ("it is a course of therapy still under way, not a failed trial" if still_taken(row) else
                "it is a course of therapy that brought some benefit, not a failed trial")
    if stopped_for_intolerance(row):
        # stopped because it could not be tolerated: an intolerance, never "has not failed", which a step-therapy
        # rule accepting intolerance reads against the patient (letters set 34, cases 01 and 08)
        return "it could not be tolerated and was stopped, an intolerance rather than a full trial"
    if _flag(row.get("failed")) is False:
        # stopped for a switch into (hypo)mania: never "has not failed", which reads as if it worked (letters set 73,
        # case 07: sertraline)
        return ("it was stopped for a reason other than a want of effect, as its outcome says"
                if _STOPPED_FOR_SWITCH.search(str(row.get("outcome") or "")) and not still_taken(row)
                else "it has not failed")
    # a dose the row says was for another purpose (sleep) is said so, never "does not say it failed" (letters set
    # 26, case 06: mirtazapine 15 mg at bedtime for sleep)
    said = _row_words(row)
    purpose = _ANOTHER_PURPOSE.search(said)
    if marked_other_unjudged(row):
        # "not an antidepressant trial" says what the drug was not, never that it was given for something else (letters
        # set 48, case 08: lamotrigine, a mood stabilizer, said "given for another purpose")
        return ("it was given for another purpose, not as a trial of treatment for this condition" if purpose
                else "the record says it was not a trial of treatment for this condition" if _NOT_A_TRIAL.search(said)
                else "the record does not say it failed as a trial of treatment for this condition")
    if _other_not_a_trial(row):
        if purpose:
            return "it was given for another purpose, not as a trial of treatment for this condition"
        return "it was not given as a full trial of treatment for this condition"
    if still_taken(row) and not failed_while_taken(row):
        # a course of therapy goes on, it is not "taken" (letters set 30, case 06: CBT "still being taken")
        return ("it is still under way, and the record does not say it has failed" if is_course(row) else
                "it is still being taken, and the record does not say it has failed")
    problem = adequacy_problem(row)
    if problem:
        return problem
    if problem is None:
        if is_course(row):
            return ("the record does not say whether the course was complete" if session_count(row)
                    else "the record does not give the number of sessions")
        if _month_only(row):
            return (f"its dates are given by month ({row.get('start')} to {row.get('end')}), which does not show "
                    f"whether it lasted {number_words(ADEQUATE_WEEKS)} weeks")
        return "its dates do not show how long it lasted"
    if intolerance_only(row):  # marked failed, but its record gives only the harm that stopped it (set 67, case 06)
        return "it could not be tolerated and was stopped, an intolerance rather than a full trial"
    if outcome_unknown(row):
        return "the record does not say what it brought"
    if stopped_on_purpose(row):
        return "it was tapered off on purpose, and the record does not say it failed"
    return "it brought a response" if not trial_failed(row) else ""


def _month_only(row: dict) -> bool:
    spans = [date_span(row.get(k)) for k in ("start", "end")]
    return all(s is not None for s in spans) and any(s[0] != s[1] for s in spans)  # type: ignore[index]


def worked_in_earlier_episode(row: dict, onset: Any) -> bool:
    """`response: lost` in a row that ended before the current episode began (clinical.episode_onset): the
    treatment brought a response or remission in that earlier episode, lost only afterwards (an ECT course, then a
    relapse months later). It worked, so it is never counted as a failed trial."""
    if str(row.get("response") or "").strip().lower() != "lost" or _flag(row.get("failed")) is True:
        return False
    began, ended = date_span(onset), date_span(row.get("end"))
    return bool(began and ended and ended[1] < began[0])


# the row's own words say it was given for something else: a sleep dose, "not a depression treatment"
# (and a drug kept for another illness: naltrexone's "relapse prevention for alcohol use disorder" is no depression
# trial whose result the record merely leaves out: letters set 65, case 07)
_ANOTHER_PURPOSE = re.compile(r"\bfor (?:sleep|insomnia|appetite|anxiety)\b|\bsleep (?:aid|only)\b|"
                              r"(?<!not )\b(?:relapse prevention )?for (?:alcohol|opioid|substance) use disorder\b",
                              re.I)
_NOT_A_TRIAL = re.compile(r"\bnot an? (?:depression |antidepressant |augmentation )?(?:treatment|trial)\b", re.I)


def _other_not_a_trial(row: dict) -> bool:
    """A `kind: other` row marked `adequate: false` and nothing else (no `failed:` or `response:`): most often a dose
    given for another purpose (a hypnotic dose for sleep), which "not an adequate trial" would misdescribe as a
    trial cut short (set 9, cases 03, 05, 06 and 08)."""
    return (str(row.get("kind") or "").strip().lower() == "other" and _flag(row.get("adequate")) is False
            and all(is_blank(row.get(key)) for key in ("failed", "response")))


def marked_other_unjudged(row: dict) -> bool:
    """A row the case lists as `kind: other` without saying how it went as a trial (no `failed:`, `response:` or
    `adequate:`): "other" holds what was given for another purpose too (a hypnotic dose for sleep, a study's blinded
    arm, a drug for a side effect), so its outcome words alone never make it a failed trial. Pain letters mark
    their other trials (physical therapy, nerve blocks) with those fields."""
    return (str(row.get("kind") or "").strip().lower() == "other"
            and all(is_blank(row.get(key)) for key in ("failed", "response", "adequate")))


def still_taken(row: dict) -> bool:
    """The row is a treatment still being taken: `ongoing: true`, or marked so by counted_history."""
    return row.get("ongoing") is True or bool(row.get(STILL_TAKEN))


def failed_while_taken(row: dict) -> bool:
    """A row still taken whose record itself says it brought too little: `failed: true`, or `response: none |
    partial | lost` (an inadequate response, as the truth files of sets 4-13 count a drug continued with a partial
    response). A drug still taken with no response recorded has not failed: its outcome words never make it a failed
    trial (set 14, case 07: fluoxetine "restarted ... continued with TMS planned as an adjunct")."""
    explicit = _flag(row.get("failed"))
    if explicit is not None:
        return explicit
    return str(row.get("response") or "").strip().lower() in ("none", "partial", "lost")


def counted_trials(history: Any, onset: Any = None, treatment: Any = None) -> dict[str, list[dict]]:
    """The adequate failed trials of clinical.history by kind (trial_kind): `medication` (antidepressant trials
    only), `augmentation`, `courses` (psychotherapy, neuromodulation) and `other` (other or unknown kind), plus
    `all` of them, `drugs` (all but the courses) and `rows` (every row read). A row still taken counts only when
    failed_while_taken. `onset`: clinical.episode_onset (worked_in_earlier_episode); `treatment`: treatment.name,
    whose own earlier rows are evidence for the request, never a failed trial it is measured by (a failed Spravato
    course in a Spravato letter)."""
    rows = [r for r in (history or []) if isinstance(r, dict)]
    judged = [r for r in rows if trial_is_adequate(r) and trial_failed(r) and not worked_in_earlier_episode(r, onset)
              and not marked_other_unjudged(r) and not (treatment and same_treatment(r, treatment))
              and not r.get(BEGAN_WITH_CARE) and (not still_taken(r) or failed_while_taken(r))
              and not therapy_course_not_failed(r) and not intolerance_only(r)]
    # a drug still taken is never called failed, whatever a reviewer reads "failed" to mean (set 16, cases 02, 03, 06
    # and 07: "has failed three ... trials" with a drug continued on a partial response among them): it is kept apart
    # as an inadequate response, named with that response (inadequate_words), and counted only by a criterion that
    # asks for no adequate response (criteria._failed_trials)
    counted = [r for r in judged if not still_taken(r) or is_course(r)]  # a course of sessions is no drug "taken"
    kinds = {id(r): trial_kind(r) for r in counted}
    return {"rows": rows, "all": counted, "inadequate": [r for r in judged if r not in counted],
            "augmentation": [r for r in counted if kinds[id(r)] == "augmentation"],
            "medication": [r for r in counted if kinds[id(r)] == "antidepressant"],
            "courses": [r for r in counted if is_course(r)],
            "drugs": [r for r in counted if not is_course(r)],
            "other": [r for r in counted
                      if kinds[id(r)] not in ("antidepressant", "augmentation") and not is_course(r)]}


# how the letter names each course in the rule sentence, and the unit of its sessions
_COURSE_NAMES = {"tms": ("TMS", "sessions"), "rtms": ("TMS", "sessions"), "dtms": ("TMS", "sessions"),
                 "itbs": ("TMS", "sessions"), "transcranial": ("TMS", "sessions"),
                 "ect": ("ECT", "treatments"), "electroconvulsive": ("ECT", "treatments"),
                 "psychotherapy": ("psychotherapy", "sessions")}


# a plan's own minimum length for a medication trial, in its criteria or the denial: "each at an adequate dose for at
# least 8 weeks", "a trial of eight (8) weeks"; read only in a sentence about drug trials
_PLAN_WEEKS = re.compile(r"\b(?:at least|a minimum of|minimum of|no less than|not less than)\s+(\d{1,2}|one|two|three|"
                         r"four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s*\(\d{1,2}\))?\s+(?:consecutive\s+)?"
                         r"weeks?\b", re.I)
_DRUG_TRIAL_WORDS = re.compile(r"\b(?:antidepressants?|medications?|drugs?|trials?|dose|dosage|pharmacotherapy)\b",
                               re.I)
_WORD_NUMBERS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve"
                                            .split())}


def plan_trial_weeks(data: Any) -> tuple[int, str] | None:
    """The minimum weeks the plan's own words set for a medication trial, and the field that says it: the denial,
    the plan text quoted (facts.DENIAL_WORDS) or a payer_criteria criterion; None when they set none, or disagree."""
    found: dict[int, str] = {}
    for field, value in _plan_texts(data):
        for sentence in re.split(r"(?<=[.;])\s+", str(value)):
            if not _DRUG_TRIAL_WORDS.search(sentence):
                continue
            for m in _PLAN_WEEKS.finditer(sentence):
                word = m.group(1).lower()
                found.setdefault(int(word) if word.isdigit() else _WORD_NUMBERS[word], field)
    if len(found) != 1:
        return None
    return next(iter(found.items()))


def rule_text(rows: list[dict], onset: Any = None, plan_weeks: int | None = None, treatment: Any = None, *,
              counts_still: bool = False) -> str:
    """The adequacy rule for the kinds of treatment the history holds: RULE_SENTENCE where the six weeks measure every
    drug trial counted (measured_by_weeks), and
    COURSE_SENTENCE naming only the courses present (TMS, ECT, psychotherapy) with their minimum sessions.

    `plan_weeks` (plan_trial_weeks): the plan's own minimum for a medication trial. When it is longer than
    ADEQUATE_WEEKS and every drug trial counted lasted at least that long, the rule is stated with the plan's weeks,
    which count the very same rows; a six-week rule is never printed beside a plan's longer one that the count
    also meets (set 8's review, letter 01: a quoted 8-week policy).

    `counts_still`: the paragraph counts the drugs still taken on an inadequate response with those that ended
    (trial_summary's lead); the rule is then said as what those trials were (TRIALS_SENTENCE), not as a count of failed
    trials that leaves them out (letters set 99, case 07)."""
    rule = TRIALS_SENTENCE if counts_still else RULE_SENTENCE
    # the six weeks only where every drug trial counted is one they measure: never beside a trial judged by a challenge
    # dose (set 16, case 05: a 6-day lorazepam challenge), nor for procedures or courses alone (set 16, case 07)
    trials = counted_trials(rows, onset, treatment)
    # nor where no medication trial is counted at all: a course of physical therapy and injections are no medication
    # trials for the rule to measure, and a drug still taken is not counted (letters set 59, case 05)
    judged = [r for r in trials["all"] + trials["inadequate"]
              if not is_course(r) and not is_procedure(r) and not is_therapy_course(r)]
    drugs = any(r in trials["all"] for r in judged) and all(measured_by_weeks(r) for r in judged)
    courses: dict[str, str] = {}
    drug_trials = any(not is_course(r) for r in trials["all"])
    for r in rows:
        # psychotherapy beside drug trials is said with what it brought, never counted as failed (trial_summary); a
        # course that worked is judged by nothing (letters set 65, case 05: the rule for a failed ECT course in a
        # letter whose point is the 2022 remission)
        if not is_course(r) or (drug_trials and trial_kind(r) == "psychotherapy") or _worked(r):
            continue
        words = re.findall(r"[a-z0-9]+", str(r.get("drug") or "").lower())
        key = next((w for w in words if w in _COURSE_NAMES), trial_kind(r) or "")
        name, unit = _COURSE_NAMES.get(key, (str(trial_kind(r)), "sessions"))
        least = minimum_sessions(r)
        if name not in courses:
            courses[name] = f"{least} {unit} for {name}" if least else ""
    sentences = [rule] if drugs else []
    if drugs and plan_weeks and plan_weeks > ADEQUATE_WEEKS:
        # (with the drugs still taken when the rule speaks of them too: "Each of these trials")
        counted = [r for r in trials["all"] + (trials["inadequate"] if counts_still else []) if measured_by_weeks(r)]
        if counted and all((trial_weeks(r) or (0.0, 0.0))[0] >= plan_weeks for r in counted):
            sentences = [rule.replace(f"{number_words(ADEQUATE_WEEKS)} weeks or more",
                                               f"{number_words(plan_weeks)} weeks or more, the plan's own minimum,")]
        elif counted:
            # the plan's longer minimum, which some trial counted does not reach, said beside the six weeks, never
            # left for the reviewer to find (letters set 57, case 04: the six-week rule beside "two SRI trials of at
            # least 12 weeks", unexplained)
            sentences.append(PLAN_WEEKS_SENTENCE.format(weeks=number_words(plan_weeks)))
    if drugs and trials["all"] and any(not is_course(r) for r in trials["inadequate"]) and not counts_still:
        sentences.append(STILL_SENTENCE)
    if courses:
        minimums = [m for m in courses.values() if m]
        # a course counted on its clinician's word that its own sessions would not make complete
        judged_only = any(is_course(r) and _flag(r.get("adequate")) is True and _course_problem(r)
                          for r in trials["all"])
        sentences.append(COURSE_SENTENCE.format(
            judged=JUDGED_ADEQUATE if judged_only else "",
            courses=join_and(list(courses)).replace(" and ", " or "),
            minimums=(f" (at least {join_and(minimums)})" if len(minimums) > 1 else
                      f" (at least {minimums[0].rsplit(' for ', 1)[0]})" if minimums else "")))
    return " ".join(sentences)


def counted_history(data: dict, today: date) -> list:
    """clinical.history as the adequate-trial rule counts it. A row still taken (derived.continuing_rows: `ongoing:
    true`, or the drug named in treatment.alongside) that gives no end has lasted until today, the letter's date, so
    it is counted to there; the letter itself prints it as continuing, never with that date."""
    from appeal_kit.letter.derived import continuing_rows

    history = get_path(data, "clinical.history")
    if not isinstance(history, list):
        return []
    still = continuing_rows(data)
    rows = [{**row, STILL_TAKEN: True, **({"end": today.isoformat()} if is_blank(row.get("end")) else {})}
            if i in still and isinstance(row, dict) else row for i, row in enumerate(history)]
    # a treatment begun on or after the first day of the care appealed (a drug started during a hospital stay) was
    # not tried before it: it is listed, never counted as a failed trial (set 11, case 07)
    from appeal_kit.intake.deadlines import as_date_or_none

    rows = [{**row, PLAN_NAMED: True} if isinstance(row, dict) and _plan_accepts_short_trial(data, row) else row
            for row in rows]
    days = [d for d in (as_date_or_none(v) for v in get_path(data, "claim.service_dates") or []) if d]
    if not days:
        return rows
    began = min(days)
    return [{**row, BEGAN_WITH_CARE: True} if isinstance(row, dict) and (span := date_span(row.get("start")))
            and span[0] >= began else row for row in rows]


def _plan_texts(data: Any) -> list[tuple[str, Any]]:
    """(field, text) of the plan's own words: the denial, the plan text quoted (facts.DENIAL_WORDS) and each
    payer_criteria criterion."""
    from appeal_kit.letter.facts import DENIAL_WORDS

    texts = [(k, get_path(data, k)) for k in DENIAL_WORDS]
    rows = get_path(data, "payer_criteria")
    if isinstance(rows, list):
        texts += [(f"payer_criteria item {i + 1}.criterion", r.get("criterion"))
                  for i, r in enumerate(rows) if isinstance(r, dict)]
    return [(k, v) for k, v in texts if not is_blank(v)]


# a trial stopped because the drug harmed or could not be tolerated: in a row's outcome, and in the plan's own words
# accepting such a trial in place of a full one ("or discontinued one of them earlier because of an adverse effect")
_ADVERSE = r"(?:adverse\s+(?:effects?|reactions?|events?)|side[- ]effects?|intoleran\w*|not\s+tolerated|" \
           r"could\s+not\s+tolerate|toxicity|allergic\s+reaction)"
_ADVERSE_STOP = re.compile(_ADVERSE, re.I)
# ("or stopped earlier for intolerance": set 20, case 01)
_PLAN_ACCEPTS_ADVERSE_STOP = re.compile(r"\b(?:discontinu\w*|stopp\w*|stop|ended)\b[^.;]{0,80}?\b"
                                        r"(?:(?:because|due)\s+(?:of|to)|for)\s+(?:an?\s+|documented\s+)*" + _ADVERSE
                                        + r"|\b(?:documented\s+)?(?:intolerance|contraindication)\s+to\b", re.I)


def plan_accepts_adverse_stop(data: dict) -> bool:
    """The plan language quoted (plan_policy.quote) or a criterion of its own (payer_criteria) accepts a drug stopped
    for an adverse effect, or an intolerance or contraindication, in place of a trial: only then is "a treatment stopped
    because of side effects ... does not need to be tried again" said beside the quoted protocol as its rule (set 37,
    cases 02 and 04: said beside protocols that hold no such clause)."""
    return any(_PLAN_ACCEPTS_ADVERSE_STOP.search(t) for t in _protocol_texts(data))


def plan_accepts_contraindication(data: dict) -> bool:
    """The plan language quoted or a criterion of its own excuses a contraindicated drug: only then is "or one that is
    contraindicated" said beside the quoted protocol (letters set 79, case 01: ST-AAP-9 counts an intolerance only;
    a contraindicated step is what the coverage exception is for)."""
    return any(re.search(r"\bcontraindicat", t, re.I) for t in _protocol_texts(data))


# the plan's words take in a drug still taken on a partial response ("Failure includes ... a partial response ...,
# whether or not the medication is continued": letters set 89, case 01)
_PLAN_COUNTS_CONTINUED = re.compile(r"\bpartial(?:ly)?\s+respon\w*\b[^.;]{0,160}?\bwhether\s+or\s+not\b[^.;]{0,40}?"
                                    r"\bcontinu\w*|\bcontinu\w*\s+(?:on|despite|with)\s+(?:an?\s+)?"
                                    r"(?:partial|inadequate)\s+respon", re.I)


def plan_counts_more_trials(data: dict) -> bool:
    """The plan's own words count as failed a trial this letter's rule does not: one stopped early for an adverse
    effect (plan_accepts_adverse_stop) or a drug still taken on a partial response. A summary counting by those words
    may then count more trials than the letter's rule gives (letters set 89, cases 01 and 06)."""
    return plan_accepts_adverse_stop(data) or any(_PLAN_COUNTS_CONTINUED.search(t) for t in _protocol_texts(data))


def _protocol_texts(data: dict) -> list[str]:
    """The quoted plan language (plan_policy.quote) and each criterion of its own (payer_criteria), spaces made one."""
    texts = [get_path(data, "plan_policy.quote")]
    rows = get_path(data, "payer_criteria")
    texts += [r.get("criterion") for r in rows if isinstance(r, dict)] if isinstance(rows, list) else []
    return [" ".join(str(t).split()) for t in texts if not is_blank(t)]


def steps_ruled_out(data: dict) -> bool:
    """The case says some required step cannot safely be taken (contraindicated, unsafe) in the criteria rows, the
    prescriber's statement or `alternatives`: a step-therapy letter then never says every required drug was tried
    (letters set 73, case 02: escitalopram, bupropion and duloxetine contraindicated, never tried)."""
    rows = get_path(data, "payer_criteria")
    texts = [r.get("how_met") for r in rows if isinstance(r, dict)] if isinstance(rows, list) else []
    alternatives = get_path(data, "alternatives")
    texts += [a.get("why_not") for a in alternatives if isinstance(a, dict)] if isinstance(alternatives, list) else []
    texts.append(get_path(data, "prescriber_statement.quote"))
    return any(_RULED_OUT.search(str(t)) for t in texts if not is_blank(t))


_RULED_OUT = re.compile(r"\bcontraindicat\w*|\bunsafe\b|\bcannot safely\b", re.I)


def stopped_for_harm(data: dict) -> bool:
    """A row of clinical.history was stopped because the drug harmed or could not be tolerated (its outcome says so,
    _ADVERSE_STOP), or was contraindicated: only then does a step-therapy letter say such a treatment need not be
    tried again (letters set 29, case 02)."""
    rows = get_path(data, "clinical.history")
    return any(isinstance(r, dict) and (adverse_stop(r.get("outcome"))
                                        or "contraindicat" in str(r.get("outcome")).lower())
               for r in rows if isinstance(rows, list))


def _plan_accepts_short_trial(data: dict, row: dict) -> bool:
    """The plan's own words accept the row as a trial whatever its length: it is a short course by design
    (treatment_kinds.yaml `short_courses`: a corticosteroid burst) and they name that form among the trials they
    accept, or it failed and was stopped for an adverse effect and they accept a trial "discontinued earlier because
    of an adverse effect" (set 19, case 03: a stimulant stopped at 12 days for a tic flare, called "not counted
    because it lasted less than six weeks" beside a criteria table that found the step met on those very terms)."""
    forms = {str(w).lower() for w in _kind_data().get("short_courses") or []}
    named = forms & set(re.findall(r"[a-z]+", str(row.get("drug") or "").lower()))
    texts = _plan_texts(data)
    if named and any(named & set(re.findall(r"[a-z]+", str(v).lower())) for _, v in texts):
        return True
    return (not is_course(row) and not is_procedure(row) and trial_failed(row)
            and adverse_stop(row.get("outcome"))
            and any(_PLAN_ACCEPTS_ADVERSE_STOP.search(str(v)) for _, v in texts))


BEGAN_WITH_CARE = "began_with_care"  # counted_history's mark on a row begun with the care appealed
PLAN_NAMED = "plan_named"  # counted_history's mark on a short course the plan's own words accept as a trial
STILL_TAKEN = "still_taken"  # counted_history's mark on a row still taken (derived.continuing_rows)


def case_trials(data: dict, today: date, *, pain: bool = False, plan_weeks: int | None = None) -> dict[str, Any]:
    """The one count of the case's trials: trial_summary over counted_history, which the letter's sentences, the
    facts, the claims report, the published criteria and `check` all read, so that a count and the rows it is
    traced to can never disagree (set 14, case 07: "four" trials traced to three rows).

    `disputed`: the decision's own count of the trials, in words, where the opening's count of the same kind is
    higher ("" otherwise), so the opening says the decision's count is wrong rather than echo it."""
    onset = get_path(data, "clinical.episode_onset")
    trials = trial_summary(counted_history(data, today), pain=pain, onset=onset,
                           plan_weeks=plan_weeks, treatment=get_path(data, "treatment.name"))
    said = decision_trial_count(data)
    # a decision counting the current episode is measured against the trials of that episode only
    same = not onset or trials["episode_medication"] == trials["opening_count"]
    trials["disputed"] = number_words(said) if said is not None and said < trials["opening_count"] and same else ""
    return trials


# the count of antidepressant trials a decision says the records hold ("The member has tried only one antidepressant
# medication", "Records show one trial"), never a count it requires ("at least two", "Criteria require two")
_DECISION_COUNT = re.compile(r"\b(?:tried|shows?|documents?|documented|received)\s+(?:only\s+)?(?P<n>one|two|three|"
                             r"four|\d)\s+(?P<kind>(?:[\w-]+\s+){0,2}?)(?:trials?|antidepressants?|medications?)\b",
                             re.I)


def decision_trial_count(data: dict) -> int | None:
    """The number of antidepressant or medication trials the latest decision (else the denial) says the records
    show, or None where it states none (a course of psychotherapy or an augmentation counted is not that number)."""
    words = derived.latest_reason_words(data)
    found = _DECISION_COUNT.search(words)
    if not found or re.search(r"augment|psychotherap|course|session", found.group("kind"), re.I):
        return None
    n = found.group("n").lower()
    return int(n) if n.isdigit() else _WORD_NUMBERS[n]


# a decision's words that a kind of treatment was never tried ("There is no documentation of augmentation", "no trial
# of evidence-based psychotherapy", "No gabapentinoid trial is documented"): `what`, up to three words naming it
_NOT_TRIED = re.compile(r"\bno\s+(?:(?:trial|documentation|evidence|record)s?\s+of\s+)?(?:an?\s+)?"
                        r"(?P<what>(?:[\w-]+\s+){0,2}?[\w-]+?)(?:\s+trials?)?"
                        r"(?:\s+(?:is|was|are|were|has\s+been|have\s+been)\s+(?:documented|shown|recorded|tried))?"
                        r"(?=\s*(?:[.;,]|$))", re.I)
# its words that a drug is taken now ("Current benzodiazepine use (lorazepam)", "currently taking lorazepam")
_TAKEN_NOW = re.compile(r"\bcurrent(?:ly)?\s+(?:[\w-]+\s+){0,2}?(?:use|taking)\s*(?:of\s+)?\(?(?P<drug>[A-Za-z-]+)\)?",
                        re.I)


# its words that a drug still taken is an unfinished trial ("the member remains on bupropion, so that trial is not
# complete"): a drug taken at an adequate dose and length that brought too little is a trial whether or not it is
# continued (letters set 87, case 05)
_STILL_UNFINISHED = re.compile(r"\b(?:remains|is\s+still|still|continues)\s+(?:on|taking|to\s+take)\s+"
                               r"(?P<drug>[A-Za-z-]+)\b[^.;:]*?\b(?:not\s+(?:yet\s+)?(?:complete|completed|finished|"
                               r"over)|incomplete|ongoing|still\s+in\s+progress)\b", re.I)
# its words that judge a drug's dose as a trial's ("Mirtazapine 7.5 mg is below the therapeutic range"): of a drug
# given for another purpose (a sleep dose), a judgment of a trial no one offered (letters set 87, case 02)
_DOSE_JUDGED = re.compile(r"\bsub-?therapeutic\b|\bbelow\s+(?:the\s+|an?\s+)?(?:therapeutic|antidepressant|effective|"
                          r"minimum|adequate)\b|\b(?:low|inadequate|insufficient)\s+dose\b|"
                          r"\bnot\s+(?:at\s+)?an?\s+(?:adequate|therapeutic)\s+dose\b", re.I)
# a decision's clauses: its sentences, their parts after a colon or semicolon, and clauses joined by ", and"
_CLAUSES = re.compile(r"(?<=[.;:])\s+|,\s+and\s+")
# its words that judge a drug's trial short of what a trial needs ("lithium was stopped at a subtherapeutic level",
# "Phenelzine was stopped after 3 weeks, which is not an adequate trial", "augmentation has not been completed")
_TRIAL_JUDGED = re.compile(r"\b(?:stopped|discontinued)\b|\bnot\s+(?:an?\s+)?adequate\b|\bincomplete\b|"
                           r"\bnot\s+(?:yet\s+|been\s+)*complete(?:d)?\b", re.I)
# the criterion a decision's clause is about: the last one it names before it ("Criterion 2 is not met: ...")
_CRITERION_NAMED = re.compile(r"\bcriterion\s+(\d+)\b", re.I)
# a criterion's own words that accept a drug stopped because it could not be tolerated ("or stopped earlier because of
# intolerance", "or intolerance of the antipsychotic")
_ACCEPTS_INTOLERANCE = re.compile(r"\bor\s+(?:[\w-]+\s+){0,4}?(?:intoleran\w*|not\s+tolerated|" + _ADVERSE
                                  + r")(?P<rest>[^.;]*)", re.I)
# accepting words that ask for intolerance of several drugs, not one ("or intolerance of both", "or intolerance to four
# antidepressants": letters set 42, case 04; set 73, case 01), unless the count is shared with a response ("Inadequate
# response to, or intolerance of, at least two of ...": set 91, case 06, each drug counts either way)
_INTOLERANCE_COUNTED = re.compile(r"^(?!\s*(?:of|to)\s*,).*\b(?:both|all|each|every|two|three|four|five|\d+)\b", re.I)


def criterion_words(data: dict, number: str) -> list[str]:
    """The plan's own words for its criterion `number`: the quoted policy's passage that starts with the number ("2.
    Two antidepressants ... in the current episode."), up to the next numbered passage or exclusion, then its
    payer_criteria rows' words; [] where the case gives neither."""
    rows = get_path(data, "payer_criteria")
    own = [str(r.get("criterion") or "") for r in (rows if isinstance(rows, list) else [])
           if isinstance(r, dict) and derived.criterion_number(r) == number]
    quote = " ".join(str(get_path(data, "plan_policy.quote") or "").split())
    passage = re.search(rf"(?:^|\s){re.escape(number)}\.\s+(.+?)(?=\s\d+\.\s|\s(?:Exclusions?|Criterion)\b|$)", quote)
    return [t for t in [passage.group(1) if passage else "", *own] if t.strip()]


def _kinds_asked(criterion: str) -> set[str]:
    """The kinds of drug a criterion's words ask for (treatment_kinds.yaml criterion_asks), "any" among them where
    they ask for any drug ("two medications")."""
    words = set(re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", criterion.lower()))
    asks = _kind_data().get("criterion_asks") or {}
    return {str(kind) for kind, named in asks.items() if words & {str(w).lower() for w in named or []}}


def _asks_for_kind(criterion: str, row: dict) -> bool:
    """The criterion's words ask for the row's drug: they name it, its kind or any drug; a row of no drug kind
    criterion_asks lists is taken as asked for."""
    kind = trial_kind(row)
    return kind not in (_kind_data().get("criterion_asks") or {}) or bool({kind, "any"} & _kinds_asked(criterion)) \
        or bool(re.search(rf"\b{re.escape(_first_drug_word(row))}\b", criterion, re.I))


def _judged_against_criterion(data: dict, clause: str, number: str, rows: list[tuple[int, dict]],
                              corrected: list[str]) -> dict[str, Any] | None:
    """A decision's clause judging a drug's trial short (_TRIAL_JUDGED) under criterion `number`, whose own words do
    not ask for that kind of drug (`not_asked`: letters set 87, case 07, lithium judged under "two antidepressants ...
    and a course of evidence-based psychotherapy"), or accept the drug's stop for intolerance that its row records
    (`excused`, with the criterion's words `accepts`: set 87, case 02, "Olanzapine was stopped and antipsychotic
    augmentation has not been completed" under "... or intolerance of the antipsychotic"; case 01, phenelzine under
    "or stopped earlier because of intolerance"). A drug a correction of the case's names is answered there."""
    texts = criterion_words(data, number)
    criterion = " ".join(texts)
    if not criterion or not _TRIAL_JUDGED.search(clause):
        return None
    by_index = dict(rows)
    judged = [i for i in _rows_named_in(clause, rows, corrected) if not given_for_another_purpose(by_index[i])]
    if len(judged) != 1:
        return None
    i, row = judged[0], by_index[judged[0]]
    base = {"words": clause, "rows": [i], "stopped": False, "criterion": number}
    if not _asks_for_kind(criterion, row):
        return {**base, "not_asked": True, "kind": trial_kind(row)}
    accepts = next((m for m in map(_ACCEPTS_INTOLERANCE.search, texts) if m), None)
    if accepts and _INTOLERANCE_COUNTED.search(accepts.group("rest")):
        return None
    # words that accept one kind's intolerance ("of the antipsychotic") excuse only a row of that kind
    if accepts and adverse_stop(row.get("outcome")) and not still_taken(row) \
            and (not _kinds_asked(accepts.group(0)) or _asks_for_kind(accepts.group(0), row)):
        return {**base, "excused": True, "accepts": accepts.group(0).strip(" ,")}
    return None


def _first_drug_word(row: dict) -> str:
    """A history row's drug by its first word ("bupropion" for "bupropion XL"), as a decision names it."""
    return (re.findall(r"[a-z]+", str(row.get("drug") or "").lower()) or [""])[0]


def _rows_named_in(clause: str, rows: list[tuple[int, dict]], corrected: list[str]) -> list[int]:
    """The history rows (index, row) whose drug a decision's clause names by its first word, leaving out a drug a
    correction of the case's already names: it is answered there (letters set 87, case 06)."""
    def names(text: str, word: str) -> bool:
        return bool(re.search(rf"\b{re.escape(word)}\b", text, re.I))

    return [i for i, r in rows if len(word := _first_drug_word(r)) > 3 and names(clause, word)
            and not any(names(c, word) for c in corrected)]


# a decision's words that the patient takes a drug now ("the member uses an opioid (buprenorphine)", "remains on
# bupropion", "is taking lorazepam"), and a dose as written ("25 mg", "0.6 mEq/L")
_USES_NOW = re.compile(r"\b(?:uses|takes|is\s+(?:taking|using|on)|remains\s+on|continues\s+(?:on|to\s+take)|"
                       r"still\s+(?:takes|uses|on))\b", re.I)
_DOSE_AMOUNT = re.compile(r"\b\d+(?:\.\d+)?\s*(?:mg|mcg|g|meq/l|ng/ml)(?![a-z])", re.I)


def history_bears_out(said: Any, data: dict) -> bool:
    """The decision's words state what a clinical.history row itself records, so that the record confirms them and
    only the conclusion drawn from them is wrong: a drug they say is taken now that the row shows still taken ("the
    member uses an opioid (buprenorphine)" beside the buprenorphine patch for back pain), or the dose of a drug given
    for another purpose ("nortriptyline 25 mg is a subtherapeutic dose" of a pain dose never offered as a trial). Its
    correction says the record bears the words out, never that it "shows otherwise" (letters set 87, case 05)."""
    text = " ".join(str(said or "").split())
    history = get_path(data, "clinical.history")
    still = derived.continuing_rows(data)

    def doses(words: Any) -> set[str]:
        return {re.sub(r"\s+", "", d.lower()) for d in _DOSE_AMOUNT.findall(str(words or ""))}

    for i, row in enumerate(history if isinstance(history, list) else []):
        name = _first_drug_word(row) if isinstance(row, dict) else ""
        if len(name) < 4 or not re.search(rf"\b{re.escape(name)}\b", text, re.I):
            continue
        if (_USES_NOW.search(text) and i in still) or (
                doses(text) and given_for_another_purpose(row) and doses(text) <= doses(row.get("dose"))):
            return True
    return False


def untried_named(data: dict, today: date) -> list[dict[str, Any]]:
    """What the latest decision (else the denial) says of the treatment history that its rows answer: a kind of
    treatment it says was never tried, with the rows of that kind (`words`, `rows`: indices into clinical.history,
    `stopped`: False), and a drug it says is taken now that the history shows stopped (`stopped`: True). A ground
    the case holds the answer to is answered in a sentence, never left to a table cell (letters set 83, cases 03,
    06 and 07: "no documentation of augmentation" beside aripiprazole's row). Words the case already corrects
    (claim.corrections, decisions[].corrections: derived.decision_corrections) are answered there, with their record,
    never a second time (letters set 85, case 01: the summary's correction of two findings gave way to one).

    Two more of a decision's readings of the history are answered from its rows: a drug it says is still taken, so its
    trial is unfinished, whose row the letter's rule counts as an adequate trial without an adequate response (`still`:
    its `response`, and `alongside` when treatment.alongside names it; letters set 87, case 05: "remains on
    bupropion, so that trial is not complete" beside 21 months at 300 mg), and a drug whose dose it judges as a
    trial's that its row shows given for another purpose (`another_purpose`; set 87, case 02: "Mirtazapine 7.5 mg is
    below the therapeutic range" of a sleep dose no one offered as a trial)."""
    words = derived.latest_reason_words(data)
    corrected = [" ".join(str(c.get("said") or "").lower().split()) for c in derived.decision_corrections(data)]
    history = get_path(data, "clinical.history")
    rows = [(i, r) for i, r in enumerate(history if isinstance(history, list) else []) if isinstance(r, dict)]
    table = {str(k).lower(): v for k, v in (_kind_data().get("decision_words") or {}).items()}
    rows_by = dict(rows)
    found: list[dict[str, Any]] = []
    for m in _NOT_TRIED.finditer(words):
        named = m.group("what").lower().split()
        if re.search(r"\b(?:to|of|for|with|in|on)\b", m.group("what")) or named[-1] not in table:
            continue
        kind = table[named[-1]]
        tried = [i for i, r in rows
                 if (trial_kind(r) == kind if isinstance(kind, str) else _first_drug_word(r) in kind)]
        # answered only where one row of the kind is not marked inadequate: two sessions are no trial to set
        # against the decision's words (the rows of the kind are all named, an intolerance beside a full trial)
        if any(_flag(rows_by[i].get("adequate")) is not False for i in tried):
            found.append({"words": m.group(0).strip(), "rows": tried, "stopped": False})
    for m in _TAKEN_NOW.finditer(words):
        drug = m.group("drug").lower()
        ended = [i for i, r in rows if _first_drug_word(r) == drug and not still_taken(r)
                 and not _flag(r.get("ongoing")) and (date_span(r.get("end")) or (today, today))[1] < today]
        if ended:
            found.append({"words": m.group(0).strip(), "rows": ended, "stopped": True})
    counted = counted_history(data, today)
    inadequate = counted_trials(counted, get_path(data, "clinical.episode_onset"),
                                get_path(data, "treatment.name"))["inadequate"]
    alongside = set(re.findall(r"[a-z]+", str(get_path(data, "treatment.alongside") or "").lower()))
    number = ""
    for clause in _CLAUSES.split(words):
        clause = clause.strip().rstrip(".")
        number = ([number] + _CRITERION_NAMED.findall(clause))[-1]
        unfinished = _STILL_UNFINISHED.search(clause)
        if unfinished:
            drug = unfinished.group("drug").lower()
            kept = [i for i, r in enumerate(counted) if any(r is x for x in inadequate) and _first_drug_word(r) == drug]
            if kept:
                found.append({"words": clause, "rows": kept, "stopped": False, "still": True,
                              "response": str(counted[kept[0]].get("response") or "").strip().lower(),
                              "alongside": drug in alongside})
        elif _DOSE_JUDGED.search(clause):
            # a drug a correction of the case's already names is answered there (letters set 87, case 06: "the
            # trials were bupropion and trazodone", corrected with trazodone's sleep dose)
            other = [i for i in _rows_named_in(clause, rows, corrected) if given_for_another_purpose(rows_by[i])]
            if other:
                found.append({"words": clause, "rows": other, "stopped": False, "another_purpose": True})
                continue
        judged = _judged_against_criterion(data, clause, number, rows, corrected) if number else None
        if judged:
            found.append(judged)
    return [{"still": False, "another_purpose": False, "response": "", "alongside": False, "not_asked": False,
             "excused": False, "criterion": "", "kind": "", "accepts": "", **f} for f in found
            if not any(" ".join(str(f["words"]).lower().split()).strip(".") in c for c in corrected)]


# a decision's sentence that states a finding about the patient (a condition, a contraindication, a score): the
# records may contradict it, and only claim.corrections can tell the letter so (letters set 83, case 05: "The most
# recent PHQ-9 of 9 shows mild depression"; case 08: "The beneficiary has bipolar disorder with a recent manic
# episode")
_FINDING = re.compile(r"\bcontraindicat|\bnot indicated\b|\buncontrolled\b|\b(?:has|have|with)\s+(?:an?\s+)?"
                      r"(?:history\s+of\s+|diagnosis\s+of\s+)?(?:[\w-]+\s+){0,3}?(?:disorder|disease|episode|mania|"
                      r"psychosis)\b|\b(?:PHQ-9|PHQ-A|MADRS|HAM-D|HAMD|GAD-7|CDRS-R|QIDS|BDI|NRS)\s+(?:score\s+)?"
                      r"(?:of\s+)?\d", re.I)


def findings_unanswered(data: dict, today: date) -> list[str]:
    """The latest decision's (else the denial's) sentences that state a finding about the patient which nothing in
    the case answers: no correction recorded (claim.corrections, decisions[].corrections) and no treatment-history
    row (untried_named)."""
    if derived.decision_corrections(data):
        return []
    words = derived.latest_reason_words(data)
    answered = [u["words"] for u in untried_named(data, today)]
    return [s for s in re.split(r"(?<=[.;])\s+", words)
            if _FINDING.search(s) and not any(a in s for a in answered)]


def _row_name(row: dict, rows: list) -> str:
    """A history row's drug as a sentence names it, with its dates when another row names the same drug
    ("Fluoxetine (1/2022 to 2/2023)" beside "Fluoxetine (current episode)": set 12, case 02)."""
    from appeal_kit.letter.wording import shortdate

    name = str(row.get("drug") or "an unnamed treatment")
    first = name.split()[0].lower() if name.split() else ""
    if not any(r is not row and isinstance(r, dict) and str(r.get("drug") or "").lower().split()[:1] == [first]
               for r in rows):
        return name
    start, end = (shortdate(row.get(k)) if not is_blank(row.get(k)) and not (k == "end" and row.get(STILL_TAKEN))
                  else "" for k in ("start", "end"))
    when = f"{start} to {end}" if start and end else (f"from {start}" if start else "")
    return f"{name} ({when})" if when else name


MAINTENANCE = "maintenance"  # inadequate_words' group of drugs still taken as maintenance
_MAINTENANCE = re.compile(r"\s*(?:given |taken |prescribed )?(?:as |for )?maintenance\b", re.I)


def _still_clause(response: str, names: list[str]) -> Phrase:
    n = len(names)
    if response == MAINTENANCE:
        return plural_phrase("{names} is still being taken as maintenance",
                             "{names} are still being taken as maintenance", n, names=names)
    if response == "partial":
        return plural_phrase("{names}, still being taken, has brought only a partial response",
                             "{names}, still being taken, have brought only a partial response", n, names=names)
    if response == "none":
        return plural_phrase("{names}, still being taken, has brought no response",
                             "{names}, still being taken, have brought no response", n, names=names)
    if response == "lost":
        return plural_phrase("{names}, still being taken, has lost the response it brought",
                             "{names}, still being taken, have lost the response they brought", n, names=names)
    return plural_phrase("{names}, still being taken, has not brought an adequate response",
                         "{names}, still being taken, have not brought an adequate response", n, names=names)


def _course_clauses(courses: list[dict]) -> Phrase:
    """Courses of psychotherapy counted beside drug trials, by what they brought ("a course of cognitive behavioral
    therapy brought only a partial response")."""
    groups: dict[str, list[str]] = {}
    for r in courses:
        partial = str(r.get("response") or "").strip().lower() == "partial"
        groups.setdefault("partial" if partial else "", []).append(lower_first(str(r.get("drug"))))
    clauses = []
    for response, names in groups.items():
        n = len(names)
        if response == "partial":
            clauses.append(plural_phrase("a course of {names} brought only a partial response",
                                         "courses of {names} brought only partial responses", n, names=names))
        else:  # no response recorded is said no stronger than the record's own words need ("without significant
            # improvement" is no adequate response, and not always none at all: letters set 44, cases 07 and 08)
            clauses.append(plural_phrase("a course of {names} did not bring an adequate response",
                                         "courses of {names} did not bring an adequate response", n, names=names))
    return clauses[0] if len(clauses) == 1 else phrase("{first}; {rest}", first=clauses[0], rest=clauses[1:])


def inadequate_words(inadequate: list[dict], rows: list[dict]) -> Phrase | None:
    """The drugs still taken with an inadequate response (counted_trials' `inadequate`), in one clause per response
    ("Sertraline, still being taken, has brought only a partial response"): said beside the count of failed trials,
    true whichever way a reader takes "failed", since it names the drug as continuing and says what it brought."""
    groups: dict[str, list[str]] = {}
    for r in inadequate:  # by the row's `response:`; `failed: true` alone says only that it was not adequate
        # a drug its outcome says is taken as maintenance is named as that: what it brought the episode is not what
        # its record measures (letters set 77, case 07: lamotrigine "has brought only a partial response" beside
        # "Maintenance; no mania since 2024")
        response = MAINTENANCE if _MAINTENANCE.match(str(r.get("outcome") or "")) else r.get("response")
        groups.setdefault(str(response or "").strip().lower(), []).append(_row_name(r, rows))
    # the clause opens a sentence wherever it is said: a name typed in lower case ("escitalopram") is capitalized
    # there (letters set 83, cases 02, 04, 05, 06 and 08: "... without an adequate response. escitalopram, still ...")
    for names in list(groups.values())[:1]:
        names[0] = names[0][:1].upper() + names[0][1:]
    clauses = [_still_clause(k, names) for k, names in groups.items()]
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else phrase("{first}; {rest}", first=clauses[0], rest=clauses[1:])


def combined_with(row: dict, rows: list[dict]) -> dict | None:
    """The antidepressant an augmentation row was started with, one combination trial ("Olanzapine (with
    sertraline)" begun the day sertraline was): the other row its drug names, with the same start. An agent added to
    an antidepressant already taken is an augmentation trial; begun together, the two are the one trial a criterion of
    "an antidepressant with an antipsychotic" measures, never an augmentation trial beside the antidepressant
    still taken (letters set 93, case 06)."""
    if trial_kind(row) != "augmentation" or is_blank(row.get("start")):
        return None
    words = re.findall(r"[a-z]+", str(row.get("drug") or "").lower())[1:]
    return next((r for r in rows if r is not row and trial_kind(r) == "antidepressant"
                 and _first_drug_word(r) in words and date_span(r.get("start")) == date_span(row.get("start"))), None)


def _combination_name(row: dict, rows: list[dict]) -> str:
    """A combination trial named as one: "olanzapine with sertraline", never "olanzapine (with sertraline)"."""
    return re.sub(r"\s*\(\s*((?:with|and|plus)\s+[^()]*?)\s*\)", r" \1", lower_first(_row_name(row, rows)))


def _course_names(courses: list[dict]) -> list[Phrase]:
    """Courses of neuromodulation in a sentence: a row named "Standard TMS course" is "a course of standard TMS",
    never "a course of ... course" (set 68, 05)."""
    return [phrase("a course of {name}", name=re.sub(r"\s+course$", "", lower_first(str(r.get("drug"))).strip(),
                                                      flags=re.I)) for r in courses]


def augmentation_words(rows: list[dict]) -> Phrase:
    return plural_phrase("an augmentation trial", "{count} augmentation trials", len(rows), count=Count(len(rows)))


def combination_words(rows: list[dict]) -> Phrase:
    return plural_phrase("a combination trial", "{count} combination trials", len(rows), count=Count(len(rows)))


def trial_summary(history: Any, *, pain: bool = False, onset: Any = None,
                  plan_weeks: int | None = None, treatment: Any = None) -> dict[str, Any]:
    """Counts over clinical.history, for the letters: see the module docstring for the rule.

    Returns {total, adequate_failed, medication, other, other_names, summary, excluded, uncounted, rule}:
    `summary` is a phrase such as "five adequate treatment trials: four medication trials and a course of
    transcranial magnetic stimulation (TMS)", or "" when no trial counts; `excluded` lists the rows not counted
    with the reason ({drug, reason}); `uncounted` says so in a sentence ("" when every row counts); `rule` is
    the rule for the kinds the history holds (rule_text).
    """
    trials = counted_trials(history, onset, treatment)
    rows, counted = trials["rows"], trials["all"]
    augmentations, meds, courses, others = (trials["augmentation"], trials["medication"], trials["courses"],
                                            trials["other"])
    # a course of psychotherapy beside drug trials is said with what it brought, never as "failed": completed with a
    # partial benefit, the record does not call it a failure (letters set 24, cases 02, 06 and 08)
    all_courses = courses
    talk = [r for r in courses if trial_kind(r) == "psychotherapy"] if meds or augmentations or others else []
    courses = [r for r in courses if r not in talk]
    n = len(counted)
    if pain:  # in a pain letter a pain medicine (pregabalin) is a medication trial like duloxetine, never "other"
        meds = meds + [r for r in others if is_pain_medicine(r)]
        others = [r for r in others if not is_pain_medicine(r)]
    summary = short = None  # said in English in the letter, in the person's language in their summary
    combinations = [r for r in augmentations if combined_with(r, rows)]
    added = [r for r in augmentations if r not in combinations]
    # the antidepressant of a combination trial counted is in that trial, never a trial of its own beside it
    partners = [combined_with(r, rows) for r in combinations]
    inadequate = [r for r in trials["inadequate"] if not any(r is p for p in partners)]
    drugs = meds + augmentations + others
    if drugs:
        k = len(drugs)
        if pain and not others and not augmentations:
            short = plural_phrase("{count} adequate medication trial", "{count} adequate medication trials", k,
                                  count=Count(k))
        elif not augmentations and not others:
            short = plural_phrase("{count} adequate antidepressant trial", "{count} adequate antidepressant trials",
                                  k, count=Count(k))
        elif not others:
            short = plural_phrase("{count} adequate medication trial", "{count} adequate medication trials", k,
                                  count=Count(k))
        else:
            short = plural_phrase("{count} adequate treatment trial", "{count} adequate treatment trials", k,
                                  count=Count(k))
        # the paragraph over the table names the trials it counts, so no reader takes another row for them (letters
        # set 73, case 07: "failed one adequate medication trial", then lithium, never counted, named next)
        def named(counted_rows: list[dict]) -> list[str]:
            return [_combination_name(r, rows) if r in combinations else lower_first(_row_name(r, rows))
                    for r in counted_rows]

        summary = short if others else phrase("{trials} ({names})", trials=short, names=named(drugs))
        parts: list[Phrase] = []  # the kinds, and the same named: "two antidepressant trials (sertraline and ...)"
        named_parts: list[Phrase] = []
        for group, kind in ((meds, plural_phrase("{count} medication trial", "{count} medication trials", len(meds),
                                                 count=Count(len(meds))) if pain else plural_phrase(
                                "{count} antidepressant trial", "{count} antidepressant trials", len(meds),
                                count=Count(len(meds)))),  # for pain an antidepressant is a pain medicine trial
                            (added, augmentation_words(added)),
                            (combinations, combination_words(combinations))):
            if group:
                parts.append(kind)
                named_parts.append(phrase("{kind} ({names})", kind=kind, names=named(group)))
        other_names = [lower_first(str(r.get("drug"))) for r in others]
        if others:
            k = len(others)
            parts.append(plural_phrase("{count} other treatment trial ({names})",
                                       "{count} other treatment trials ({names})", k, count=Count(k),
                                       names=other_names))
            named_parts.append(parts[-1])
        if len([g for g in (meds, augmentations, others) if g]) > 1:
            # the kinds after a colon, each with its drugs; in brackets when a course follows, without the drugs,
            # whose names would nest in them (the table below names them)
            summary = (phrase("{trials} ({kinds})", trials=short, kinds=parts) if courses
                       else phrase("{trials}: {kinds}", trials=short, kinds=named_parts))
        elif others:
            summary = (phrase("{trials} ({names})", trials=short, names=other_names) if courses
                       else phrase("{trials}: {names}", trials=short, names=other_names))
    # courses of psychotherapy or neuromodulation are named in their own words beside the drug trials, never summed
    # into their count (set 14, case 03: "five adequate treatment trials" with a course of CBT among them)
    if courses:
        names = _course_names(courses)
        summary = phrase("{trials}, and {courses}", trials=summary, courses=names) if summary else \
            phrase("{courses}", courses=names)
        short = phrase("{trials} and {courses}", trials=short, courses=names) if short else phrase(
            "{courses}", courses=names)
    if talk and summary:
        summary = phrase("{trials}; {courses}", trials=summary, courses=_course_clauses(talk))
    # a drug still taken with an inadequate response recorded (failed_while_taken) is named after the count, with
    # that response and as still taken, never as failed or stopped (set 13, case 04; set 16, case 02)
    still = still_clause = inadequate_words(inadequate, rows)
    # with antidepressants failed and others still taken on an inadequate response, the number of both is said, so a
    # count of the failed ones alone never reads as all there were (letters set 24, case 08: "one" beside a denial's
    # "only one antidepressant trial is documented", two without an adequate response by the letter's own criteria)
    still_ad = [r for r in inadequate if trial_kind(r) == "antidepressant"]
    # the opening's words after "has": the failed trials, or with antidepressants still taken on an inadequate
    # response the same whole count the paragraph over the table reaches (letters set 83, cases 02, 04, 06 and 08:
    # "has failed one adequate antidepressant trial" above "which makes two ... without an adequate response")
    # (built from phrases like the count it states, so it has its Spanish; `had`: the trials "without an adequate
    # response", the courses joined to them at the end)
    opening: Phrase | None = phrase("failed {trials}", trials=short) if short else None
    opening_count, had = (len(drugs) if short else 0), None
    if still and meds and still_ad and not pain and augmentations:
        # the augmentation trials in the same total, so it is the count a criterion of medication trials asks for
        # (letters set 26, case 06: "three adequate antidepressant trials" beside the four agents the LCD counts)
        k, ad = len(meds) + len(still_ad) + len(augmentations), len(meds) + len(still_ad)
        kinds = [plural_phrase("{count} antidepressant trial", "{count} antidepressant trials", ad, count=Count(ad)),
                 *([augmentation_words(added)] if added else []),
                 *([combination_words(combinations)] if combinations else [])]
        still = phrase("{still}, which makes {count} adequate medication trials ({kinds}) without an adequate response",
                       still=still, count=Count(k), kinds=kinds)
        if not others:
            had, opening_count = plural_phrase("{count} adequate medication trial",
                                               "{count} adequate medication trials", k, count=Count(k)), k
    elif still and meds and still_ad and not pain:
        k = len(meds) + len(still_ad)
        still = plural_phrase("{still}, which makes {count} adequate antidepressant trial without an adequate response",
                              "{still}, which makes {count} adequate antidepressant trials without an adequate "
                              "response", k, still=still, count=Count(k))
        if not others:
            had, opening_count = plural_phrase("{count} adequate antidepressant trial",
                                               "{count} adequate antidepressant trials", k, count=Count(k)), k
    if had:  # the courses, named beside the drug trials in the count as in `short`
        opening = phrase("had {trials} without an adequate response", trials=phrase(
            "{trials} and {courses}", trials=had, courses=_course_names(courses)) if courses else had)
    # in the paragraph over the table, a sentence of its own after the failed ones, so each count reads as what it
    # counts (letters set 36, case 02: "failed three ...; ..., so four ..." read as two claims); the opening's short
    # line keeps to the trials that failed
    if still and summary:
        summary = phrase("{trials}. {still}", trials=summary, still=still)
    # the paragraph over the table, after "has": the failed trials, or, with a drug still taken on an inadequate
    # response in the whole count, that count first with every drug in it, then the drug still taken with what it
    # brought; a count of the failed ones alone there concedes a denial's "only one is documented" that the letter
    # then disputes (letters set 99, case 07: "has failed one adequate antidepressant trial (sertraline)" and "A drug
    # still being taken is never counted among the failed trials", then "the record shows otherwise: Two ...")
    lead: Phrase | None = phrase("failed {trials}", trials=summary) if summary else None
    counts_still = bool(had and still_clause)
    in_count = [r for r in inadequate if trial_kind(r) == "antidepressant"] if counts_still else []
    if had and still_clause:
        trials_named = phrase("{trials} ({names})", trials=had,
                              names=[*named(drugs), *(lower_first(_row_name(r, rows)) for r in in_count)])
        lead = phrase("had {trials} without an adequate response", trials=phrase(
            "{trials} and {courses}", trials=trials_named, courses=_course_names(courses)) if courses else trials_named)
        if talk:
            lead = phrase("{trials}; {courses}", trials=lead, courses=_course_clauses(talk))
        lead = phrase("{trials}. {still}", trials=lead, still=still_clause)
    # a row of the treatment this appeal asks for (`treatment`: treatment.name) that did not work, on other terms
    # (a spaced dose the plan allowed), is evidence for the request, never a trial the count measures by weeks (set
    # 10, case 03: a relapse on the plan's dosing "lasted less than six weeks")
    excluded = [{"drug": _row_name(r, rows),
                 "reason": ("it brought a response in an earlier episode, lost only afterwards"
                            if worked_in_earlier_episode(r, onset) else
                            "it is the treatment this appeal asks for" if treatment and not _worked(r)
                            and same_treatment(r, treatment) else _why_not_counted(r))}
                for r in rows if r not in counted and r not in trials["inadequate"]]
    uncounted = ""
    if excluded:
        k = len(excluded)
        # a drug still taken on an inadequate response is said beside the count, not here: named first, so the
        # numbers add up (letters set 32, case 05: "two failed ... one of the four not counted" read as three counted)
        # (in the paragraph's whole count, when it leads with that, they are among the trials it names)
        still_names = [_row_name(r, rows) for r in trials["inadequate"]
                       if not (counts_still and trial_kind(r) == "antidepressant")]
        besides = f"Apart from {join_and(still_names)}, still being taken, " if still_names else ""
        # a course of psychotherapy said beside the drug count ("a course of cognitive behavioral therapy brought only
        # a partial response") is named here too, so the numbers add up without it read as a failed drug trial
        # (letters set 52, case 06: six listed, one still taken, two not counted, "two" failed)
        talk_names = [_row_name(r, rows) for r in talk if r not in trials["inadequate"]]
        if talk_names:
            besides = (f"Apart from {join_and(still_names)}, still being taken, and {join_and(talk_names)}, said "
                       f"above, " if still_names else f"Apart from {join_and(talk_names)}, said above, ")
        how_many = number_words(k) if besides else number_words(k).capitalize()
        uncounted = (f"{besides}{how_many} of the {number_words(len(rows))} treatments listed "
                     + (f"{'is not one of' if k == 1 else 'are not among'} these trials: " if counts_still else
                        f"{'is' if k == 1 else 'are'} not counted as "
                        f"{'an adequate failed trial' if k == 1 else 'adequate failed trials'}: ")
                     + "; ".join(f"{e['drug']}, because {e['reason']}" for e in excluded)
                     + ".") if n else ""
    # the antidepressant trials of the current episode (clinical.episode_onset): taken on or after the day it began;
    # every one of them when the case does not say when it began
    began = date_span(onset)
    # with an antidepressant still taken on an inadequate response: a label or trial definition that asks for no
    # adequate response counts it, and the letter says so in those words, never "failed" (set 16, case 02)
    unresponsive = trials["medication"] + [r for r in trials["inadequate"] if trial_kind(r) == "antidepressant"]
    still_agents = [r for r in trials["inadequate"] if trial_kind(r) in ("antidepressant", "augmentation")]
    episode = [r for r in unresponsive if began is None or (
        (date_span(r.get("end")) or date_span(r.get("start")) or (began[0], began[0]))[1] >= began[0])]
    return {"total": len(rows), "adequate_failed": n, "medication": len(trials["medication"]),
            # the antidepressant trials without an adequate response: those that failed and those still taken on an
            # inadequate one (said "has not responded adequately to", never "failed")
            "unresponsive_medication": len(unresponsive),
            "episode_medication": len(episode),
            # of those, the names of those that failed and of those still taken on an inadequate response, so a letter
            # that counts them beside the failed trials says what each count holds (letters set 18, case 02: "failed
            # three adequate medication trials" and then "three adequate antidepressant trials without an adequate
            # response", two different threes a paragraph apart)
            "episode_failed": [lower_first(str(r.get("drug") or "")) for r in episode if r in trials["medication"]],
            "episode_continuing": [lower_first(str(r.get("drug") or "")) for r in episode
                                   if r not in trials["medication"]],
            "augmentation": len(augmentations),
            # for a rule that counts augmentation: the antidepressants and augmentations still taken on an inadequate
            # response, said beside its count, and the count with them (letters set 29, case 06: "four adequate failed
            # medication trials" beside a criterion the record meets with five, duloxetine continuing on a partial one)
            "augmentation_still": str(inadequate_words(still_agents, rows) or "") if still_agents else "",
            "augmentation_unresponsive": len(trials["medication"]) + len(augmentations) + len(still_agents),
            # the drugs of the counted antidepressant and augmentation trials, for a rule that counts both
            "medication_names": [str(r.get("drug") or "") for r in trials["medication"] + augmentations],
            "other": len(others) + len(all_courses), "courses": len(all_courses),
            "other_names": [str(r.get("drug") or "") for r in all_courses + others],
            "summary": str(summary or ""), "summary_phrase": summary, "short": str(short or ""),
            # the opening's count after "has" ("failed two adequate ...", "had three ... without an adequate
            # response"), and its number
            "opening": str(opening or ""),
            "opening_count": opening_count,
            "groups": trials,
            "excluded": excluded, "uncounted": uncounted,
            "rule": rule_text(rows, onset, plan_weeks, treatment, counts_still=counts_still),
            # the paragraph over the table after "has" ("failed two ...", or "had two ... without an adequate response
            # (...). Venlafaxine XR, still being taken, ...")
            "lead": str(lead or ""), "lead_phrase": lead,
            # the rows that lead counts: the trials that failed, and the drugs still taken it counts with them
            "lead_rows": counted + in_count,
            # trials stopped because they could not be tolerated: never said to have been "not effective" (letters
            # set 49, case 03: pregabalin stopped on day 14 for swelling, a step ST-FM-07 accepts as tried)
            # and those counted whose own row says they were stopped for adverse effects (step_outcome: set 61, 04)
            "intolerant": sum(1 for r in rows if (r not in counted and (stopped_for_intolerance(r)
                                                                         or intolerance_only(r)))
                              or (r in counted and "adverse effects" in step_outcome(r, counted))),
            # the steps tried, by name in the history's order, each with its outcome as the table gives it: the
            # adequate failed trials and those stopped because they could not be tolerated, never a drug still taken,
            # an as-needed or sleep dose, an earlier episode's remission or a single dose (letters set 53, cases 01,
            # 03, 04 and 07: "The treatment history above lists each treatment ... They have been")
            "steps": step_words(rows, counted, still_agents),
            # the counted trials that helped in part: a step of partial benefit "was not effective enough", never "was
            # not effective", which reads as no response (letters set 87, case 03: venlafaxine, PHQ-9 19 to 14)
            "partial": sum(1 for r in counted if str(r.get("response") or "").strip().lower() == "partial"
                           or re.search(r"\bpartial", str(r.get("outcome") or ""), re.I)),
            # treatments that worked and were stopped all the same (for harm, on purpose, in an earlier episode): beside
            # one, "another attempt will succeed where the earlier ones did not" is untrue (letters set 71, case 05:
            # quetiapine's response, stopped for diabetes)
            "worked_before": sum(1 for r in rows if _worked(r) and not _flag(r.get("ongoing")))}


def _step_name(name: str) -> str:
    """A drug's name mid-sentence: a plain first word lowered ("Sertraline" -> "sertraline", "Amitriptyline
    (3/4/2024 to 4/22/2024)" -> "amitriptyline (3/4/2024 to 4/22/2024)"), a brand kept."""
    word, _, rest = name.partition(" ")
    if word.isalpha() and word[:1].isupper() and word[1:].islower() and word.lower() not in brand_names() \
            and (not rest or rest.startswith("(")):
        return " ".join(filter(None, (word.lower(), rest)))
    return name_in_sentence(name)


# a row's outcome that says the drug was stopped for a reason of its own ("stopped for 9 kg weight gain and ankle
# swelling", "discontinued because of a rash"), not for a want of effect ("stopped for lack of response")
# ("stopped after 14 kg weight gain": letters set 65, case 03; never "stopped after 6 weeks")
_STOPPED_FOR = re.compile(r"\b(?:stopp\w*|discontinu\w*|ended|tapered\s+off|withdrawn)\b[^.;]{0,30}?\b"
                          r"(?:for|because\s+of|due\s+to|after)\s+"
                          r"(?!\d+\s*(?:weeks?|days?|months?|years?)\b|(?:an?\s+|the\s+)?(?:lack|no|non-?response|in(?:adequate|sufficient|"
                          r"effective\w*)|poor|loss|los[st]|partial|limited|little|minimal)\b)", re.I)


def step_outcome(row: dict, counted: list[dict]) -> str:
    """How a step tried turned out, as its own row records it, never summed by whether it was counted: a drug of
    partial benefit stopped for its adverse effects is "partial benefit; stopped for adverse effects", never "no
    adequate response" (letters set 61, case 04: duloxetine stopped for blood pressure 158/98, pregabalin for weight
    gain and swelling, both summed as "no adequate response")."""
    outcome = str(row.get("outcome") or "")
    partial = str(row.get("response") or "").strip().lower() == "partial" or bool(re.search(r"\bpartial", outcome,
                                                                                            re.I))
    # "Mood improved; stopped after 14 kg weight gain": it helped, and harm ended it (letters set 65, case 03)
    helped = not partial and bool(_IMPROVED.search(outcome))
    harmed = stopped_for_intolerance(row) or (row not in counted and intolerance_only(row))
    stopped = not still_taken(row) and bool(_STOPPED_FOR.search(outcome))
    if harmed or stopped:
        why = "adverse effects" if harmed or _ADVERSE_STOP.search(outcome) or _HARM_WORDS.search(outcome) else ""
        if partial:
            return f"partial benefit; stopped for {why}" if why else "partial benefit, then stopped"
        if helped and why:
            return f"some benefit; stopped for {why}"
        return "not tolerated" if why else "stopped"
    # (a partial response alone is no adequate one: said so, as before)
    return "no adequate response" if row in counted else "not tolerated"


# an outcome that says the drug helped: "mood improved", "it helped", never "not improved" or "no improvement"
_IMPROVED = re.compile(r"(?<!\bnot )(?<!\bnever )\b(?:improved|helped)\b", re.I)

# the harms a row's outcome names as its reason for stopping, where it does not say "intolerance" itself
_HARM_WORDS = re.compile(r"\b(?:weight\s+gain|swelling|edema|oedema|rash|nausea|vomiting|sweat\w*|dizz\w*|sedation|"
                         r"akathisia|tremor|insomnia|headache|blood\s+pressure|hypertension|hyponatr\w*|"
                         r"sexual|QTc?|fall\b|falls\b|somnolence|fatigue|constipation|palpitations)", re.I)


# what a drug still taken has brought, as a step names it
_STILL_STEP = {"partial": "still taken, partial response", "none": "still taken, no response",
               "lost": "still taken, response lost"}


def step_words(rows: list[dict], counted: list[dict], still: Iterable[dict] = ()) -> str:
    """The steps tried as a sentence names them, each with its outcome as its row records it (step_outcome):
    "sertraline (no adequate response) and escitalopram (not tolerated)", or "" when no row is a counted step.
    `still`: the antidepressants and augmentations still taken on an inadequate response, named beside the steps with
    what they have brought, never left out: a step the denial disputes may be one (letters set 67, case 05); a mood
    stabilizer kept for relapse prevention is no step of theirs (set 67, case 02: lamotrigine)."""
    still = list(still)
    # a `kind: other` row the case never judged as a trial (a sleep dose stopped for weight gain) is no step, whatever
    # stopped it (letters set 67, case 05: mirtazapine 15 mg for sleep)
    steps = [r for r in rows if r in counted or ((stopped_for_intolerance(r) or intolerance_only(r))
                                                 and not r.get(BEGAN_WITH_CARE) and not marked_other_unjudged(r))]
    if not steps:
        return ""

    def outcome(row: dict) -> str:
        if row in still:
            return _STILL_STEP.get(str(row.get("response") or "").strip().lower(), "still taken, no adequate response")
        return step_outcome(row, counted)

    return join_and([f"{_step_name(_row_name(r, rows))} ({outcome(r)})" for r in rows if r in steps or r in still])


# ---------------------------------------------------------------------------------------------- indication

# the indications the `evidence` block has evidence for: "depression" is IV ketamine for depression; "tms" and "ect"
# are courses of transcranial magnetic stimulation and electroconvulsive therapy, each with its own papers
EVIDENCE_INDICATIONS = ("depression", "pain", "esketamine", "tms", "ect")
# the words of a treatment's name, and the CPT codes, that make it a TMS or an ECT course (treatment_kinds.yaml counts
# the same words as neuromodulation; VNS, also there, has no evidence in the library)
_COURSE_WORDS = {"tms": {"tms", "rtms", "dtms", "itbs", "transcranial", "theta"}, "ect": {"ect", "electroconvulsive"}}
_COURSE_CODES = {"tms": {"90867", "90868", "90869"}, "ect": {"90870"}}


# the ICD-10-CM codes each body of evidence is for: depression's, and chronic pain's (CRPS, neuropathies, migraine)
_INDICATION_CODES = {"esketamine": ("F32", "F33"), "depression": ("F32", "F33"),
                     "pain": ("G89", "G90", "M79.7", "G56", "G57", "G62", "G63", "G43", "M54")}


def indicated_codes(case_data: dict, which: str) -> list[str]:
    """The case's diagnosis codes the treatment is given for under `which` indication (a sentence that says what a
    drug is prescribed for never names a co-occurring one: letters set 71, case 08, "here for F33.2 and F10.21", an
    alcohol use disorder in remission); every code where the indication has no list or none of them matches."""
    codes = [str(c) for c in get_path(case_data, "claim.diagnosis_codes") or []]
    prefixes = _INDICATION_CODES.get(which)
    matched = [c for c in codes if prefixes and c.strip().upper().startswith(prefixes)]
    return matched or codes


def indication(case_data: dict, hint: str | None = None) -> str:
    """Which body of evidence fits: "esketamine", "pain" (ketamine for chronic pain / CRPS), "depression"
    (IV ketamine for depression), "tms", "ect" or "other". A template's sidecar `indication:` wins; otherwise the
    treatment name, the procedure codes and the ICD-10 codes decide."""
    if hint:
        return hint
    # the treatment's own name, not its summary: a summary also names the treatments tried before it
    treatment = str(get_path(case_data, "treatment.name") or "")
    codes = derived.diagnosis_codes(case_data)
    procedures = {str(c).strip().upper() for c in (get_path(case_data, "claim.procedure_codes") or [])}
    if re.search(r"esketamine|spravato", treatment, re.I) or procedures & {"J0013", "S0013", "G2082", "G2083"}:
        return "esketamine"
    if re.search(r"ketamine", treatment, re.I):
        if any(c.startswith(_INDICATION_CODES["pain"]) for c in codes) \
                or re.search(r"\b(pain|CRPS|neuropath|fibromyalgia)", treatment, re.I):
            return "pain"
        return "depression"
    # the library's TMS and ECT papers are about depression: a course for another diagnosis the case codes (OCD,
    # catatonia) is not argued with them
    if codes and not any(c.startswith(("F32", "F33")) for c in codes):
        return "other"
    words = set(re.findall(r"[a-z0-9]+", treatment.lower()))
    for course in ("tms", "ect"):  # by its name; a name that says neither, by the procedure billed
        if words & _COURSE_WORDS[course]:
            return course
    for course in ("tms", "ect"):
        if procedures & _COURSE_CODES[course]:
            return course
    return "other"


# ---------------------------------------------------------------------------------------------- blocks

def arguments_file(extra_dirs: Iterable[Path] = ()) -> Path:
    for folder in [*map(Path, extra_dirs), bundled_dir()]:
        if (folder / ARGUMENTS_FILE).is_file():
            return folder / ARGUMENTS_FILE
    raise TemplateError(f"{bundled_dir() / ARGUMENTS_FILE}: the argument library is missing; reinstall "
                        "appeal-kit")


def load_blocks(extra_dirs: Iterable[Path] = ()) -> dict[str, dict]:
    path = arguments_file(extra_dirs)
    data = read_yaml_mapping(path, "a map of block names to {heading, needs, paragraphs}")
    for name, block in data.items():
        if not isinstance(block, dict) or not isinstance(block.get("paragraphs"), list):
            raise TemplateError(f"{path}: block {name!r} needs `heading:` and a list of `paragraphs:`")
        order = block.get("order")
        if order is not None and (isinstance(order, bool) or not isinstance(order, int)):
            raise TemplateError(f"{path}: block {name!r} has `order: {order}`; write a whole number (the lower, the "
                                "earlier it comes before the blocks that answer the denial's reasons), or remove it")
    return data


def leading_blocks(blocks: dict[str, dict]) -> list[str]:
    """The blocks with `order:` (arguments.yaml), lowest first: what every letter that answers the denial says before
    the blocks of its reasons, each only where its facts hold (a claim paid in part, the policy's section for another
    use, a patient who is no new start, records the reviewer never had, an approval the plan gave...)."""
    return sorted((name for name, block in blocks.items() if block.get("order") is not None),
                  key=lambda name: blocks[name]["order"])


def block_texts(block: dict) -> list[str]:
    """Every Jinja text of a block (heading, summary, each paragraph and its `otherwise`), for tests and checks."""
    out = []
    for item in [block.get("heading"), block.get("summary"), *(block.get("paragraphs") or [])]:
        if isinstance(item, dict):
            out += [str(item.get("text") or ""), str(item.get("otherwise") or "")]
        elif item:
            out.append(str(item))
    return [t for t in out if t]


def block_requires(block: dict) -> set[str]:
    """Every fact id a block declares (`requires:` on the block, its heading, summary or paragraphs)."""
    ids = set(block.get("requires") or [])
    for item in [block.get("heading"), block.get("summary"), *(block.get("paragraphs") or [])]:
        if isinstance(item, dict):
            ids |= set(item.get("requires") or [])
    return ids


# What a denial's own words say it rests on (a denial often gives several reasons, and each one needs its own
# answer). The key is the argument block that answers it.
# "our Drug List", "the plan's formulary": where a drug is listed (formulary_exception, _NOT_BASED_ON)
_DRUG_LIST = r"(?:our|the|its|your|the plan[’']s|your plan[’']s) (?:drug list|formulary|list of covered drugs)"

REASON_PATTERNS: dict[str, re.Pattern] = {
    "medical_necessity": re.compile(r"not (?:medically )?necessary|medical necessity|criteria (?:are|were|is|was) "
                                    r"not (?:met|satisfied)|does not meet (?:the |our )?(?:\w+ )?criteria", re.I),
    "off_label": re.compile(r"not (?:an? )?FDA[- ]?approved|not approved by the (?:U\.S\. )?Food and Drug|"
                            r"off[- ]label|FDA (?:has not|hasn't) approved|unapproved (?:use|indication)", re.I),
    "experimental_investigational": re.compile(r"experimental|investigational|unproven|not (?:been )?proven|"
                                               r"insufficient (?:clinical |scientific )?evidence", re.I),
    "step_therapy": re.compile(r"step[- ]therapy|fail[- ]first|must (?:first )?(?:try|fail)|"
                               r"(?:trial|trials) of .{0,40} (?:first|before)", re.I),
    "out_of_network": re.compile(r"out[- ]of[- ]network|not (?:in|part of) (?:our|the|your plan's) network|"
                                 r"non-?participating|not contracted", re.I),
    # an authorization that was missing, never one that was asked for: "Prior authorization for Spravato is denied.
    # Medical necessity has not been established" decides a request on its merits, and its answer is the medical
    # necessity argument, never why authorization was missing (set-5 case 01)
    "prior_authorization": re.compile(
        r"\b(?:no|without|missing|absent|absence of|lack of)\s+(?:an?\s+|the\s+|required\s+|valid\s+)?(?:prior\s+|"
        r"pre-?)?(?:authori[sz]ation|approval|certification|precertification)\b|\b(?:authori[sz]ation|approval|"
        r"pre-?certification|precertification)\s+(?:was|were|is|has|had)\s+(?:not|never)\s+(?:been\s+)?(?:obtained|"
        r"requested|received|on file|in place|given|submitted)|\bnot\s+(?:pre-?)?(?:authori[sz]ed|certified)\s+"
        r"(?:before|in advance|prior)|\bnot pre-?certified\b|\bauthori[sz]ation\s+(?:was\s+)?(?:exceeded|expired)",
        re.I),
    "not_covered": re.compile(r"not a covered (?:benefit|service)|(?:is|are) excluded|exclusion|not covered under",
                              re.I),
    # care the plan says could be given at a lower level: the question is the level, not whether to treat (set 8,
    # cases 04 and 08)
    "level_of_care": re.compile(r"\b(?:lower|less intensive|lesser) level of care\b|"
                                r"\blevel of care (?:is|was) not\b|"
                                r"\bcan be (?:safely )?(?:met|managed|treated|provided) (?:at|in) (?:a |an )?"
                                r"(?:lower|less intensive)\b", re.I),
    # a drug the plan does not list: no exclusion, but a formulary exception to ask for (set 8, case 05)
    "formulary_exception": re.compile(r"\bnot (?:on|in|part of) " + _DRUG_LIST + r"|\bnon-?formulary\b|"
                                      r"\bnot a formulary drug\b", re.I),
    # a drug on the formulary at a non-preferred tier, asked for at the preferred tier's cost sharing (Part D's tiering
    # exception): the drug is covered, so neither a formulary exception nor the care's need is the question (set 20,
    # case 04)
    "tiering_exception": re.compile(r"\btiering exception\b|\bexception to (?:the|its|a|your) (?:cost[- ]sharing "
                                    r"(?:level|tier)|tier)\b|\bcost[- ]sharing (?:level|tier) exception\b", re.I),
    # the plan says the coverage had ended, or had not begun, on the dates of care (CARC 27 and 26, a COBRA premium
    # logged late): a question of eligibility, never of the care (set 9, case 04)
    "coverage_ended": re.compile(r"\bcoverage (?:was |had |has )?(?:been )?(?:terminated|ended|lapsed|cancell?ed)\b|"
                                 r"\bafter (?:the )?coverage (?:terminated|ended)|\b(?:prior to|before) (?:the )?"
                                 r"(?:coverage|effective date of coverage)\b|\bnot (?:eligible|enrolled|covered) on "
                                 r"the date|\bno (?:active )?coverage on the date|\bterminated for non-?payment\b|"
                                 r"\bnon-?payment of (?:the )?premium", re.I),
    # the plan says another payer pays first (CARC 22, "other insurance primary"): a question of the order of
    # benefits, never of the care
    "coordination_of_benefits": re.compile(r"\bcoordination of benefits\b|\b(?:another|other) (?:payer|insurer|"
                                           r"insurance|carrier|(?:group )?(?:health )?plan|coverage) (?:is|was|may "
                                           r"be|should be) (?:the )?primary\b|\bcovered by another (?:payer|"
                                           r"insurer|plan)\b|\bprimary payer'?s? (?:EOB|explanation)", re.I),
    # a code the payer does not accept for the date (a retired or invalid code, remark N56), or a billing error
    "coding_billing": re.compile(r"not a (?:valid|payable) (?:\w+ )?code|invalid (?:\w+ )?code|code (?:is |was )?"
                                 r"(?:not valid|invalid|deleted|retired|discontinued)|\bN56\b|billing error|"
                                 r"incorrect(?:ly)? (?:coded|billed)|(?:missing|invalid) NDC", re.I),
    # a cap on the number of treatments, visits or sessions (CARC 119, benefit maximum reached)
    "benefit_limit": re.compile(r"benefit (?:limit|maximum)|(?:exceeds?|over|beyond) (?:the|this|your|its|our) "
                                r"(?:\w+ )?(?:limit|maximum)|covered (?:for )?up to \d+|maximum (?:number )?of \d+ "
                                r"(?:treatments|sessions|visits)|\d+[- ](?:treatment|session|visit) (?:limit|maximum)|"
                                r"\bper (?:lifetime|calendar year|plan year)\b|\blifetime (?:limit|maximum)|"
                                r"\blimits? .{0,40}?\bto (?:one|two|three|\d+) (?:course|treatment|session|visit)s?\b|"
                                r"no further benefits|"
                                # a drug's quantity limit, a utilization management requirement a Part D exception
                                # sets aside (letters set 92, case 02: "Quantity limit exceeded", answered as "other")
                                r"\bquantity limits?\b", re.I),
}


# A clause that names a reason only to set it aside ("The appeal addressed medical necessity, which was not the basis
# of the denial"): that reason is not one the denial rests on.
# "medical necessity was not reviewed" (a benefit exclusion decided on the plan's terms alone) sets it aside too.
_SET_ASIDE = re.compile(r"\bnot (?:the|a|its|our) (?:basis|reason|ground|issue)\b|\bnot (?:at issue|in dispute)\b|"
                        r"\bno longer (?:at issue|in dispute)\b|\b(?:does|did) not (?:rest|turn) on\b|"
                        r"\b(?:was|were|is|are|has|have)\s+not\s+(?:been\s+)?(?:reviewed|considered|assessed|"
                        r"evaluated|determined|addressed)\b|\b(?:did|does|do)\s+not\s+(?:review|consider|assess|"
                        r"evaluate|determine|address)\b|\bwithout (?:a |any )?(?:review|regard)\b", re.I)


# "made on the terms of the Plan, not on medical necessity": the words after "not on" name what the denial is not
# ("not on our Drug List" says where the drug is not, not what the denial is not based on)
_NOT_BASED_ON = re.compile(r"\bnot (?:based |made )?(?:on|upon|because of|due to)\b"
                           r"(?! " + _DRUG_LIST + ")"
                           r"[^.;]*", re.I)


def reasons_set_aside(text: str) -> list[str]:
    """The reasons a denial's own words name only to set aside ("medical necessity was not reviewed")."""
    return list(dict.fromkeys(name for clause in re.split(r"(?<=[.;:])\s+", text) if _SET_ASIDE.search(clause)
                              for name, pattern in REASON_PATTERNS.items() if pattern.search(clause)))


def _stated_reasons(text: str, in_criteria: dict[str, dict] | None = None) -> list[str]:
    """The reasons a denial's own words give, clause by clause, leaving out a reason a clause sets aside. An
    exclusion among the criteria the case answers (`in_criteria`, derived.exclusion_rows: "Exclusion 4. Active
    substance use disorder") is a condition of the member's, answered in the criteria table: no exclusion of the
    treatment to argue (letters set 71, case 08: "The exclusion does not name this treatment" against Exclusion 4). A
    row with no number is the clause's when the clause names its condition (letters set 89, case 08: "excluded under
    RX-ESK-20 for members with a history of psychotic disorder" beside the row "Exclusion: current psychotic
    features, or a history of a psychotic disorder")."""
    rows = in_criteria or {}
    numbers = "|".join(re.escape(n) for n in rows if n.isdigit())
    answered = re.compile(rf"\bexclusions?\s+(?:{numbers})\b", re.I) if numbers else None
    conditions = [_condition_words(r["condition"]) for n, r in rows.items() if not n.isdigit()]
    found = []
    for clause in re.split(r"(?<=[.;:])\s+", text):
        if _SET_ASIDE.search(clause):
            continue
        clause = _NOT_BASED_ON.sub(" ", clause)
        clause = answered.sub(" ", clause) if answered else clause
        if any(words & _condition_words(clause) for words in conditions):
            clause = re.sub(r"\bexclu\w*", " ", clause, flags=re.I)
        named = [name for name, pattern in REASON_PATTERNS.items() if pattern.search(clause)]
        # "not covered under this plan" said of a reason the clause gives (the provider out of network, an
        # authorization missing) is that reason's consequence, no exclusion of the care (letters set 96, case 05:
        # "Services by an out-of-network provider are not covered under this plan" argued as an exclusion that "does
        # not name" the evaluation)
        if "not_covered" in named and set(named) & _NOT_ABOUT_THE_CARE and not _EXCLUSION_WORDS.search(clause):
            named.remove("not_covered")
        found += named
    return found


# reasons about who gave the care or how it was asked for, not what it is: "not covered" beside them is their
# consequence; beside "investigational" it is the plan's exclusion of such care, argued as its label (set 19, case 01)
_NOT_ABOUT_THE_CARE = frozenset({"out_of_network", "prior_authorization", "timely_filing", "coverage_ended",
                                 "coordination_of_benefits"})
# the words of an exclusion of the care itself, beside which "not covered" is no mere consequence of another reason
_EXCLUSION_WORDS = re.compile(r"\bexclu\w*|not a covered (?:benefit|service)", re.I)


# words too common in an exclusion's clause to tie it to a condition
_COMMON_WORDS = frozenset({"exclusion", "exclusions", "excluded", "excludes", "members", "member", "history", "current",
                           "patient", "patients", "treatment", "treatments", "disorder", "condition", "conditions",
                           "documented", "diagnosis", "under", "policy", "esketamine", "ketamine"})


def _condition_words(text: str) -> set[str]:
    """The distinctive words of an exclusion's condition or a decision's clause (six letters or more)."""
    return {w for w in re.findall(r"[a-z]{6,}", text.lower()) if w not in _COMMON_WORDS}


# Each argument block's name as `check` says it ("the experimental or investigational argument"), a phrase a person
# reads in English, and the catalog gives it in the person's language.
ARGUMENT_WORDS: dict[str, Phrase] = {
    "partial_payment": phrase("partial payment"),
    "new_records": phrase("records the reviewer did not have"),
    "records_sent": phrase("records the plan had when it decided"),
    "governing_terms": phrase("the plan's terms that govern"),
    "plan_list": phrase("the plan's own list naming the treatment"),
    "transition_supply": phrase("the temporary supply owed to a new member"),
    "required_criteria": phrase("the criteria the plan's own terms require"),
    "decision_minimum": phrase("the decision's higher minimum than the criteria set"),
    "not_new_start": phrase("not a new start of the drug"),
    "provider_enrollment": phrase("the provider's enrollment on the dates of service"),
    "wrong_section": phrase("the policy's section for the use requested"),
    "decision_corrected": phrase("what the decision states that the record contradicts"),
    "policy_prongs": phrase("the plan policy's own alternatives"),
    "criteria_alternatives": phrase("a criterion met by one of its alternatives"),
    "criterion_met": phrase("the criterion the decision found unmet"),
    "criterion_exception": phrase("an exception to a criterion the records do not meet as written"),
    "criterion_excepted": phrase("a criterion whose own exception the diagnosis meets"),
    "partial_response": phrase("the partial response"),
    "gaps_shown": phrase("what the decision found missing from the records"),
    "untried_answered": phrase("the decision's reading of the treatment history"),
    "reason_is_criterion": phrase("the decision's reason that is the policy's own criterion"),
    "medical_necessity": phrase("medical necessity"),
    "experimental_investigational": phrase("experimental or investigational"),
    "off_label": phrase("off-label use"),
    "evidence": phrase("evidence"),
    "step_therapy": phrase("step therapy"),
    "prior_authorization": phrase("prior authorization"),
    "notice_rule": phrase("the plan's notice rule"),
    "approved_authorization": phrase("approved authorization"),
    "out_of_network": phrase("out of network"),
    "emergency_services": phrase("emergency services"),
    "urgently_needed": phrase("urgently needed care away from home"),
    "not_covered": phrase("not covered"),
    "formulary_exception": phrase("formulary exception"),
    "tiering_exception": phrase("tiering exception"),
    "level_of_care": phrase("level of care"),
    "coverage_ended": phrase("coverage in force"),
    "coordination_of_benefits": phrase("coordination of benefits"),
    "psychiatric_day_limit": phrase("Medicare's lifetime limit on psychiatric hospital days"),
    "coding_billing": phrase("coding or billing"),
    "timely_filing": phrase("timely filing"),
    "other": phrase("other"),
    "benefit_limit": phrase("benefit limit"),
    "corrected_claim": phrase("corrected claim"),
    "filing_limit": phrase("filing limit"),
    "exclusion_routes": phrase("other plan terms"),
    "outside_trials": phrase("trials paid outside the plan"),
    "augmentation_counts": phrase("augmentation counted as a trial"),
    "superseded_terms": phrase("the policy version in force"),
    "version_in_force": phrase("the policy version in force on the dates of service"),
    "coverage_exception": phrase("coverage exception"),
    "exception_request": phrase("the prescriber's supporting statement"),
    "ma_internal_criteria": phrase("Medicare Advantage internal criteria"),
    "epsdt": phrase("EPSDT"),
    "decided_by": phrase("who decided the denial"),
    "limitation_on_liability": phrase("Medicare's limitation on liability"),
    "alternatives": phrase("alternatives"),
    "harm": phrase("harm of not treating"),
    "parity": phrase("parity"),
    "plan_exception": phrase("plan exception"),
    "worked_before": phrase("earlier response"),
    "necessity_definition": phrase("the plan's definition of medical necessity"),
}


def argument_words(name: str) -> Phrase | str:
    """An argument block's (or a denial reason's) name for `check` to say: its Phrase, or a name of the clinic's own
    block with spaces for underscores."""
    return ARGUMENT_WORDS.get(name) or name.replace("_", " ")


def denial_reasons(case_data: dict) -> list[str]:
    """The reasons this denial rests on, each answered by its own block: `claim.denial_reasons` when the case lists
    them, else claim.denial_category followed by every reason claim.denial_reason states in its own words (a
    clause that sets a reason aside, "which was not the basis of the denial", adds none)."""
    return _as_emergency(case_data, _reasons(case_data))


def _reasons(case_data: dict) -> list[str]:
    listed = get_path(case_data, "claim.denial_reasons")
    if isinstance(listed, list) and listed:
        # "benefit limit" or "Benefit-Limit" as written names the block benefit_limit; "eligibility" is the
        # coverage_ended block's everyday name
        names = [REASON_ALIASES.get(n, n) for n in
                 (re.sub(r"[\s-]+", "_", str(r).strip().lower()) for r in listed if str(r).strip())]
        # a reason that is a kind of another brings that one first: a level-of-care denial is a medical-necessity
        # judgment of that level, answered by both blocks (set 14, case 08: [level_of_care] alone was warned about
        # and dropped the medical-necessity answer)
        # `other` listed alone says only "something else": when the denial's own words give a reason about the
        # claim or the coverage (another payer first, coverage ended, a billing error, a cap), those words are
        # answered, never "please identify the provision" (set 15, case 05: CARC 22 listed as [other])
        if names == ["other"]:
            stated = _stated_reasons(str(get_path(case_data, "claim.denial_reason") or ""))
            names = [r for r in dict.fromkeys(stated) if r in WORDS_OVER_LABEL] or names
        return list(dict.fromkeys(r for n in names for r in (KIND_OF.get(n), n) if r))
    category = str(get_path(case_data, "claim.denial_category") or "")
    stated = _stated_reasons(str(get_path(case_data, "claim.denial_reason") or ""), derived.exclusion_rows(case_data))
    # "not covered" and "other" are often only the label of the adjustment code (PR-96, CO-119): when the denial's
    # own words give a billing reason or a treatment cap and not that category, the letter answers the words (check
    # says so), never an exclusion the plan did not invoke
    if category in GENERIC_CATEGORIES and category not in stated and set(stated) & WORDS_OVER_LABEL:
        return list(dict.fromkeys(stated))
    return [r for r in dict.fromkeys([category, *stated]) if r]


EMERGENCY = "emergency_services"
# what emergency care answers on its own terms: the provider's network and a missing authorization (set 11, case 07:
# an emergency admission out of network was argued as a network gap and a retroactive authorization)
EMERGENCY_ANSWERS = frozenset({"out_of_network", "prior_authorization"})


def is_emergency(case_data: dict) -> bool:
    """The case says the care was emergency care (emergency.care: true)."""
    return _flag(get_path(case_data, "emergency.care")) is True


URGENTLY_NEEDED = "urgently_needed"


def is_urgently_needed(case_data: dict) -> bool:
    """The case says the care was urgently needed care away from home (urgently_needed.care: true) and not emergency
    care, which answers the same reasons on its own terms."""
    return _flag(get_path(case_data, "urgently_needed.care")) is True and not is_emergency(case_data)


def _as_emergency(case_data: dict, reasons: list[str]) -> list[str]:
    """Emergency care (emergency.care: true) denied as out of network or unauthorized is answered as emergency
    services, once, in place of those reasons: never a network gap exception or a retroactive authorization. Care
    urgently needed away from the plan's service area (urgently_needed.care: true) is answered the same way as
    urgently needed care (set 25, case 03: a Medicare Advantage member's crisis care on a trip argued as a network
    gap)."""
    own = EMERGENCY if is_emergency(case_data) else URGENTLY_NEEDED if is_urgently_needed(case_data) else None
    if own is None or not EMERGENCY_ANSWERS & set(reasons):
        return reasons
    return list(dict.fromkeys(own if r in EMERGENCY_ANSWERS else r for r in reasons))


GENERIC_CATEGORIES = ("not_covered", "other")
# the words people list in claim.denial_reasons for a block named otherwise
REASON_ALIASES = {"eligibility": "coverage_ended", "coverage_terminated": "coverage_ended",
                  "cob": "coordination_of_benefits", "other_insurance": "coordination_of_benefits"}
# a reason that is a narrower kind of another: the care judged necessary, but at a lower level
KIND_OF = {"level_of_care": "medical_necessity"}
WORDS_OVER_LABEL = frozenset({"coding_billing", "benefit_limit", "formulary_exception", "tiering_exception",
                              "coverage_ended", "coordination_of_benefits"})
# reasons about the claim's paperwork or the member's eligibility, not the care: a letter answering only these does
# not argue the treatment itself
NOT_CLINICAL = frozenset({"coding_billing", "timely_filing", "coverage_ended", "coordination_of_benefits"})

# reasons that put the care's own need before the reviewer, which the treatment already tried answers
TRIAL_REASONS = frozenset({"medical_necessity", "experimental_investigational", "step_therapy", "formulary_exception"})


def _care_judged(case_data: dict, reasons: set[str]) -> bool:
    """The denial turns on the care's need: a reason of TRIAL_REASONS; a missing authorization the plan never gave
    (asked retroactively, the care is judged on its merits); an exclusion answered by asking the plan's exception,
    which weighs the need (plan_policy.exception), or by EPSDT, which covers a Medicaid member under 21 for the care
    necessary whatever the plan excludes (derived.epsdt_reaches), unless the exclusion is shown not to reach the
    care."""
    if reasons & TRIAL_REASONS:
        return True
    if "prior_authorization" in reasons and is_blank(get_path(case_data, "prior_auth.approved")):
        return True
    return ("not_covered" in reasons and (not is_blank(get_path(case_data, "plan_policy.exception"))
                                          or derived.epsdt_reaches(case_data))
            and get_path(case_data, "plan_policy.exclusion.reaches") is not False)


def care_questioned(case_data: dict) -> bool:
    """The denial's question is medical: it turns on the care's need (_care_judged) or names no reason. The one rule
    for what argues the care itself: the failed-trial count (trials_bear) and the published evidence (block_names,
    render's evidence_shown) are printed only then, never under a filing limit, the network, eligibility or paperwork
    (set 17, cases 01 and 07: "Generally accepted standards of medical practice rest on exactly this kind of
    peer-reviewed evidence" in a timely-filing and a network appeal)."""
    reasons = set(denial_reasons(case_data))
    return not reasons or _care_judged(case_data, reasons)


def history_bears(case_data: dict) -> bool:
    """Whether the letter sets out the treatment already tried (the history table): where the denial turns on the
    care's need (_care_judged), a lower level of care (the levels tried), a benefit limit (the course's need) or a
    tiering exception (the preferred drugs tried), or where the case names no reason. Never for a denial that turns
    on the provider's network, an authorization the plan gave, an exclusion's words, the claim's paperwork, another
    payer or emergency care (set 16, cases 06, 07, 08: a trial table under an exclusion with its rider, authorization
    dates and a secondary-payer denial)."""
    reasons = set(denial_reasons(case_data))
    return not reasons or _care_judged(case_data, reasons) or \
        bool(reasons & {"level_of_care", "benefit_limit", "tiering_exception"})


def trials_bear(case_data: dict) -> bool:
    """Whether the letter counts the failed trials: where the denial's question is medical (care_questioned), and
    never for a lower level of care, answered by the level's criteria (set 14, case 08), nor for a formulary
    exception, answered by whether the formulary's alternatives would do, each in the table (set 17, case 06: "has
    failed one adequate treatment trial" beside the mood stabilizer kept with the drug asked for)."""
    reasons = set(denial_reasons(case_data))
    return care_questioned(case_data) and not reasons & {"level_of_care", "formulary_exception"}


def category_set_aside(case_data: dict) -> str | None:
    """The denial category the letter does not answer because the denial's own words (or the reasons the case lists)
    give another reason, or None. A generic category left out of a listed claim.denial_reasons is only the label of
    the adjustment code: the list says what the denial rests on (set 13's writer: nothing else could quiet it)."""
    category = str(get_path(case_data, "claim.denial_category") or "")
    # emergency care answers an out-of-network or authorization category in its own block: not set aside
    if not category or category in _reasons(case_data):
        return None
    listed = get_path(case_data, "claim.denial_reasons")
    return None if isinstance(listed, list) and listed and category in GENERIC_CATEGORIES else category


CRITERION_MET = "criterion_met"
CRITERION_EXCEPTION = "criterion_exception"
PLAN_EXCEPTION = "plan_exception"
APPROVED = "approved_authorization"
EVIDENCE = "evidence"  # the published evidence block, printed apart just before the request
EXCLUSION_ROUTES = "exclusion_routes"  # quotes the plan's other terms where no block before it has
NEW_RECORDS = "new_records"  # records dated after the decision: they lead only a medical question


def block_names(case_data: dict, wanted: Iterable[str], blocks: dict[str, dict]) -> list[str]:
    """The blocks a letter carries, in order: `denial` -> the blocks with `order:` (leading_blocks), then a block for
    each reason of the denial (denial_reasons);
    includes follow their block; the published evidence only where the denial's question is medical
    (care_questioned); a block with `plan_types:` only for those plan types. A block that speaks of the plan's own
    terms (`plan_terms: true`) is left out for Original Medicare, which has no plan and no plan terms (it pays what is
    reasonable and necessary); its includes are kept."""
    out: list[str] = []
    seen: set[str] = set()
    no_plan = get_path(case_data, "claim.plan_type") == "medicare"
    medical = care_questioned(case_data)  # the published evidence only for a medical question
    # a template that always argues a network gap or a missing authorization argues emergency care instead
    wanted = _as_emergency(case_data, list(wanted))

    def add(name: str) -> None:
        if name in seen or name not in blocks or (name == EVIDENCE and not medical):
            return
        only = blocks[name].get("plan_types")  # a block for some plan types only (Original Medicare's own limit)
        if only and get_path(case_data, "claim.plan_type") not in only:
            return
        seen.add(name)
        if not (no_plan and blocks[name].get("plan_terms")):
            out.append(name)
        for inc in blocks[name].get("include") or []:
            add(inc)

    reasons = denial_reasons(case_data)
    # an approval answers a denial of the care or of its authorization; a filing limit or the claim's paperwork is
    # answered first, and the approval follows it (set 20, case 07: an approval led a timely-filing appeal)
    # an approval the decision's own words rule on is no oversight to lead with either (letters set 26, case 03)
    paperwork = bool({"timely_filing", "coding_billing"} & set(reasons)) or derived.approval_ruled_on(case_data)
    for name in wanted:
        if name == DENIAL:
            for lead in leading_blocks(blocks):  # said first, each empty unless its facts hold (`order:`)
                if (lead != NEW_RECORDS or medical) and (lead != APPROVED or not paperwork):
                    add(lead)
            if derived.exception_met(case_data):
                add(PLAN_EXCEPTION)  # the plan's own exception whose conditions the case answers: the strongest point
            for reason in reasons:
                add(reason)
            # records the reviewer never had lead a medical question; under another payer, a filing limit or the
            # paperwork, the denial's own answer leads and they follow it (set 19, case 05: an HR letter before the
            # working-aged rule that wins the claim)
            add(NEW_RECORDS)
            add(APPROVED)
        else:
            add(name)
    # shared blocks (parity) go after the category-specific ones
    own = [n for n in out if not blocks[n].get("shared")]
    return own + [n for n in out if blocks[n].get("shared")]


def _gated(item: Any, facts) -> tuple[str | None, list[str]]:
    """(Jinja text, facts it asserts) for a paragraph, heading or summary: a plain string, or {text, requires,
    otherwise}. The text is used only when every fact in `requires` is true; `otherwise` (a request to the plan)
    when none is false and one is unknown; nothing when one is false."""
    if not isinstance(item, dict):
        return str(item or ""), []
    requires = [str(r) for r in item.get("requires") or []]
    state = facts.state(requires) if facts is not None and requires else True
    if state is True:
        return str(item.get("text") or ""), requires
    if state is None and item.get("otherwise"):
        return str(item["otherwise"]), []
    return None, []


# where the claims report says a block's summary line is said (a template may print no summary: claims.statements)
SUMMARY_WHERE = "the opening summary"
# what a block's summary prints ({{ point_break }}) between two points of the opening summary: a statement that
# answers no criterion its first point names is a point of its own (letters set 89, case 06)
POINT_BREAK = "\u2063POINT\u2063"


def render_blocks(names: list[str], blocks: dict[str, dict], context: dict, env) -> list[dict]:
    """[{name, heading, paragraphs, summary}] with each Jinja paragraph (and the one-line summary) rendered against
    the letter's context, as plain text (env should not autoescape: the letter template escapes the result when it
    prints it). A block, heading, paragraph or summary with `requires:` is said only when those facts are true
    (see _gated); the facts it says are recorded for the claims report."""
    facts = context.get("facts")

    def render(item: Any, where: str, what: str) -> str:
        text, asserted = _gated(item, facts)
        if text is None:
            return ""
        before = len(facts.asserted) if facts is not None else 0
        try:
            rendered = " ".join(env.from_string(text).render({**context, "point_break": POINT_BREAK}).split())
        except Exception as exc:  # reported with the block and paragraph, then by render_letter
            exc.argument_where = f"arguments.yaml block {name}, {what}"  # type: ignore[attr-defined]
            raise
        if rendered and facts is not None:
            if asserted:
                facts.record(asserted, where)
            # requires: and says() in the paragraph's own text, which says them here rather than in the template
            facts.asserted[before:] = [(i, where if w == "letter" else w) for i, w in facts.asserted[before:]]
            said = [i for i, _ in facts.asserted[before:]]
            points = [point.strip() for point in rendered.split(POINT_BREAK)]
            if said:
                facts.paragraphs.extend((point, said) for point in points)
            if what == "summary":
                facts.summaries.extend(points)
        return rendered

    out: list[dict[str, Any]] = []
    for name in names:
        block = blocks[name]
        if block.get("requires") and facts is not None and facts.state(list(block["requires"])) is not True:
            continue
        heading = render(block.get("heading"), name, "heading")
        paragraphs = [p for i, item in enumerate(block.get("paragraphs") or [])
                      if (p := render(item, heading or name, f"paragraph {i + 1}"))]
        summary, *more = [point.strip() for point in render(block.get("summary"), SUMMARY_WHERE, "summary")
                          .split(POINT_BREAK)]
        if paragraphs:
            if block.get("requires") and facts is not None:
                facts.record(list(block["requires"]), heading or name)
            if out and not summary and len(paragraphs) == 1 and bare_request(paragraphs[0]):
                # a heading over one request alone is a section with nothing under it: the request goes with the
                # section before it (letters set 59, cases 01 and 02: "The medical necessity of ..." over "If the
                # plan considers any criterion unmet, please say which and why.")
                out[-1]["paragraphs"].append(paragraphs[0])
                continue
            out.append({"name": name, "heading": heading, "paragraphs": paragraphs, "summary": summary,
                        "more_points": more})
    return out


_REQUEST_OPENING = re.compile(r"^(?:If [^.?!]{0,120}?,\s*please\b|Please\b)")


def bare_request(text: str) -> bool:
    """A paragraph that is one request and nothing else ("If the plan considers any criterion unmet, please say which
    and why."): one sentence that opens by asking."""
    text = text.strip()
    return bool(_REQUEST_OPENING.match(text)) and len(re.findall(r"[.?!](?:\s|$)", text)) == 1 \
        and len(text.split()) <= 30


# ---------------------------------------------------------------------------------------------- checks


def unanswered(case_data: dict, extra_dirs: Iterable[Path] = ()) -> list[str]:
    """Plain-language reasons the letter cannot fully answer the denial: no category, a reason (denial_reasons)
    with no argument block, a field an argument needs left empty, or a treatment history with no adequate failed
    trial where the argument counts them. Empty list: every reason has an answer."""
    return [str(p) for p in unanswered_phrases(case_data, extra_dirs)]


def _answering_blocks(case_data: dict, blocks: dict):
    """(reason, its words, block name) for each block that answers each of the denial's reasons; the name is None
    for a reason no block answers."""
    plan_type = get_path(case_data, "claim.plan_type")
    for reason in denial_reasons(case_data):
        words = argument_words(reason)
        if reason not in blocks:
            yield reason, words, None
            continue
        for name in block_names({"claim": {"denial_reasons": [reason], "plan_type": plan_type}}, [reason], blocks):
            yield reason, words, name


def missing_needs(case_data: dict, blocks: dict) -> dict[str, tuple[list[Phrase | str], str]]:
    """{field: (the arguments that need it, why)} for each field an answering block `needs` that the case leaves
    empty (and no `unless:` field answers for): `check` warns of each once (unanswered_phrases), and the facts'
    fields left out do not name it again."""
    missing: dict[str, tuple[list[Phrase | str], str]] = {}
    for _, words, name in _answering_blocks(case_data, blocks):
        for need in (blocks[name].get("needs") or []) if name else []:
            field = need.get("field")
            # `unless:` fields that answer the argument without this one (an approval the plan gave)
            if any(not is_blank(get_path(case_data, f)) for f in need.get("unless") or []):
                continue
            # `unless_plan:` plan types the field does not exist for (Original Medicare has no plan terms)
            if get_path(case_data, "claim.plan_type") in (need.get("unless_plan") or []):
                continue
            # `unless_service:` the care's state that answers it ("pre": nothing given yet, so nothing was given
            # without an authorization)
            state = derived.service_status(case_data, clock.today()) if need.get("unless_service") else None
            if state in (need.get("unless_service") or []):
                continue
            # `unless_notice_in_time:` the provider's notice fell within the plan's business days (notice_rule)
            if need.get("unless_notice_in_time") and derived.business_notice(case_data).get("in_time"):
                continue
            if is_blank(get_path(case_data, field)):
                users, why = missing.setdefault(field, ([], " ".join(str(need.get("why", "")).split())))
                if words not in users:
                    users.append(words)
    return missing


def unanswered_phrases(case_data: dict, extra_dirs: Iterable[Path] = (), today: date | None = None) -> list[Phrase]:
    """unanswered() as Phrases, for `check` to say in the person's language (the `why:` of arguments.yaml is
    extracted for the catalog too: babel.cfg); trials are counted up to `today` (check's day; default the real one)."""
    blocks = load_blocks(extra_dirs)
    if is_blank(get_path(case_data, "claim.denial_category")) and is_blank(get_path(case_data, "claim.denial_reasons")):
        return [phrase("claim.denial_category is empty, so the letter cannot answer the specific reason for the "
                       "denial. Set it to one of: {categories}.", categories=", ".join(DENIAL_CATEGORIES))]
    problems: list[Phrase] = []
    for reason, words, name in _answering_blocks(case_data, blocks):
        if name is None:
            problems.append(phrase("the denial gives the reason {reason!r}, which has no argument in {file}, so the "
                                   "letter does not answer it. Add a block for it, or write the answer into "
                                   "letter.docx yourself.", reason=reason, file=str(arguments_file(extra_dirs))))
        elif blocks[name].get("counts_trials") and trials_bear(case_data) and \
                not derived.continuation_questioned(case_data):
            # only where the letter counts the trials (render's need_questioned): a level-of-care or continued-stay
            # denial is answered by its criteria and the course so far, never by failed drug trials (letters set 58,
            # case 04: "no adequate failed trial" warned on a residential continued stay)
            trials = case_trials(case_data, today or clock.today())
            if trials["total"] and trials["adequate_failed"] == 0 and not trials["groups"]["inadequate"]:
                problems.append(phrase(
                    "clinical.history lists no adequate failed trial, which the {argument} argument relies on: a "
                    "trial counts when its start and end are at least {weeks} weeks apart (or it says "
                    "`adequate: true`) and its outcome is not a response or remission.", argument=words,
                    weeks=ADEQUATE_WEEKS))
    for field, (users, why) in missing_needs(case_data, blocks).items():
        problems.insert(0, plural_phrase("{field} is empty, but the {arguments} argument needs it: {why}",
                                         "{field} is empty, but the {arguments} arguments need it: {why}",
                                         len(users), field=field, arguments=tuple(users), why=phrase(why)))
    return list(dict.fromkeys(problems))
