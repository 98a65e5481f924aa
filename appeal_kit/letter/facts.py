"""The case's facts, computed once: typed, three-valued (true / false / unknown), each with its source.

A letter asserts a fact only when it is true. Argument blocks declare the facts a paragraph asserts
(`requires:` in arguments.yaml); template sentences test them with `{% if says('fact_id') %}`, which records the
statement for the claims report (appeal_kit.letter.claims) when the fact is true. An unknown fact is never said:
the sentence is left out, or replaced by a request to the plan (`otherwise:` in arguments.yaml), and `check`
names the case.yaml field that would answer it.

Each Fact has:
  * `value`: True, False or None (unknown);
  * `says`: the statement in plain words, as the claims report prints it ("has failed four adequate treatment
    trials");
  * `sources`: where it comes from: case.yaml fields ("clinical.history rows 1-4"), exhibits and pages
    ("Exhibit C, p. 2"), or a field and a rule ("claim.notice_date + rule employer_erisa_internal");
  * `field`: the case.yaml field that answers it (what `check` asks for when the fact is unknown).

The denial's own words are a source too (`names_criteria`, `exclusion_names_treatment`): a letter never says
the opposite of the text it quotes (`contradicts` finds such sentences in a letter's text, for `check`).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from appeal_kit.case.folder import get_path, is_blank
from appeal_kit.i18n import N_
from appeal_kit.intake.deadlines import FIRST_LEVEL_IS_THE_STATE
from appeal_kit.letter.wording import (
    Count,
    Day,
    Days,
    Phrase,
    capfirst,
    datelist,
    day_runs,
    join_and,
    number_words,
    phrase,
    plural_phrase,
)
from appeal_kit.rules import registry, route

# clinical.suicidality: what the record shows, as a choice rather than words read from clinical.severity
# claim.action: what a decision does to care already authorized, as the letter says it
CARE_CUTS = {"reduce": N_("reduces"), "suspend": N_("suspends"), "end": N_("ends")}
ANY_CARE_CUT = N_("reduces, suspends or ends")
SUICIDALITY = {"none": N_("no suicidal ideation"), "passive": N_("passive suicidal ideation"),
               "active": N_("active suicidal ideation"), "attempt": N_("a suicide attempt")}
# A severity line counts as current when it was recorded this many days before the letter or fewer
CURRENT_DAYS = 90
# a payer criterion's statement by its `met` flag: nothing about it when the case does not say
# "the criterion", not "the plan's": a row may answer Medicare's own NCD or LCD (set 5, case 04)
CRITERION_MET: dict[bool | None, str] = {True: N_("The criterion “{criterion}” is met: {how}"),
                                         False: N_("The criterion “{criterion}” is not met: {how}"),
                                         None: N_("The criterion “{criterion}”: {how}")}
# plan_policy.definition.tests[].answer, as the claims report says why the test is not met (derived.plan_definition)
# an amount a decision or a criterion sets for a period (derived.decision_minimum), said in the reader's language
AMOUNTS = {("hour", "week"): N_("{n} hours a week"), ("hour", "day"): N_("{n} hours a day"),
           ("hour", "month"): N_("{n} hours a month"), ("day", "week"): N_("{n} days a week"),
           ("day", "month"): N_("{n} days a month"), ("session", "week"): N_("{n} sessions a week"),
           ("session", "day"): N_("{n} sessions a day"), ("session", "month"): N_("{n} sessions a month"),
           ("visit", "week"): N_("{n} visits a week"), ("visit", "day"): N_("{n} visits a day"),
           ("visit", "month"): N_("{n} visits a month")}
TEST_ANSWERS = {"fda": N_("the FDA has approved or cleared the treatment"),
                "fda_use": N_("the FDA has approved or cleared the treatment for this use"),
                "no_trials": N_("the treatment is not the subject of an ongoing clinical trial for this use"),
                "not_in_trial": N_("the treatment is given as treatment, not under a clinical trial's protocol"),
                "consensus": N_("published expert consensus supports the treatment for this condition"),
                "evidence": N_("peer-reviewed evidence supports the treatment for this condition")}
# impact.* topics as the statement names them
IMPACT = {"hospitalizations": N_("Hospitalizations: {text}"), "relapse": N_("Relapse: {text}"),
          "work": N_("Work: {text}"), "daily_life": N_("Daily life: {text}")}


@dataclass
class Fact:
    id: str
    value: bool | None
    says: str = ""  # in English, as the claims report prints it (`phrase` says it in another language)
    sources: tuple[str, ...] = ()
    field: str = ""
    ask: str = ""  # what to ask the plan (or the user) while it is unknown
    # what it is about, said without its value ("whether the records document suicidal ideation"): given for the
    # facts `check` names when they are unknown (the others are plain empty fields, which check reports already);
    # English, marked for the catalog (a Phrase when it has values), so check says it in the person's language
    about: str | Phrase = ""
    phrase: Phrase | None = None
    # words the letter prints when it says this fact ("three adequate antidepressant trials"), for the sentence-level
    # claims report (appeal_kit.letter.claims.trace) to find the sentence that says it; "" where the case's own field
    # values find it
    anchor: str = ""

    def __bool__(self) -> bool:
        return self.value is True

    @property
    def known(self) -> bool:
        return self.value is not None


@dataclass
class Facts:
    """The case's facts by id, and what the letter did with them while it was rendered."""
    by_id: dict[str, Fact]
    asserted: list[tuple[str, str]] = field(default_factory=list)  # (fact id, where in the letter), in order
    # (an argument paragraph as rendered, the facts it asserted): its sentences rest on those facts (claims.trace)
    paragraphs: list[tuple[str, list[str]]] = field(default_factory=list)
    # the opening summary's lines as rendered: a template that prints no summary leaves them out of the letter
    summaries: list[str] = field(default_factory=list)
    consulted_unknown: list[str] = field(default_factory=list)
    # the plan's own access standard (derived.access_standard), as the letter's data holds it: the claims trace
    # reads its wait from here rather than working it out again
    access_standard: dict[str, Any] | None = None

    def __getattr__(self, fact_id: str) -> Fact:
        # templates test `facts.trials_failed` (truthy only when true); a misspelled id is a template error
        if fact_id.startswith("_") or fact_id not in self.__dict__.get("by_id", {}):
            raise AttributeError(fact_id)
        return self.by_id[fact_id]

    def __getitem__(self, fact_id: str) -> Fact:
        try:
            return self.by_id[fact_id]
        except KeyError:
            raise KeyError(f"unknown fact {fact_id!r}; the facts are: {', '.join(sorted(self.by_id))}") from None

    def state(self, ids) -> bool | None:
        """True when every fact in `ids` is true, False when one is false, else None; unknown ones are noted for
        `check` (the field that would answer them)."""
        facts = [self[i] for i in ids]
        for f in facts:
            if f.value is None and f.id not in self.consulted_unknown:
                self.consulted_unknown.append(f.id)
        if any(f.value is False for f in facts):
            return False
        return True if all(f.value is True for f in facts) else None

    def record(self, ids, where: str = "") -> None:
        self.asserted.extend((i, where) for i in ids)

    def holds(self, ids, where: str = "") -> bool:
        """True when every fact in `ids` is true, and then records them as asserted at `where`."""
        if self.state(ids) is True:
            self.record(ids, where)
            return True
        return False

    def says(self, *ids: str) -> bool:
        """For templates: `{% if says('trials_failed') %}...{% endif %}` (put it last in an `and`)."""
        return self.holds(ids, "letter")

    def says_once(self, *ids: str) -> bool:
        """For a sentence that prints the case's own words (a quoted plan term): true the first time only, so a
        letter whose blocks could each quote it says it once."""
        if any(i == fact_id for i in ids for fact_id, _ in self.asserted):
            return False
        return self.says(*ids)

    def said(self, *ids: str) -> bool:
        """For templates: whether a block before has already said each of these facts (records nothing), so a
        later sentence refers to the words it quoted rather than quoting them again (letters set 62, case 03)."""
        return all(any(i == fact_id for fact_id, _ in self.asserted) for i in ids)

    def unknown_needed(self) -> list[Fact]:
        return [self.by_id[i] for i in self.consulted_unknown]


def _rows(indexes: list[int]) -> str:
    """[1, 2, 3, 5] -> "rows 1-3 and 5"."""
    runs: list[list[int]] = []
    for i in indexes:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    words = [f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs]
    return ("rows " if len(indexes) > 1 else "row ") + join_and(words)


def _short(text: Any, limit: int = 90) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " ..."


# What naming criteria looks like in a denial or plan text: a criteria product, a numbered policy or bulletin, or
# numbered criteria ("criterion 2", "criteria 1-3", "(1) ... (2) ..."), or a requirement stated in words ("at least
# two antidepressants", "did not show an inadequate response"). The bare word ("the Plan's criteria are not met")
# names none. A doubtful reading errs toward "named": the letter then only stays silent about criteria.
_CRITERIA = re.compile(r"\b(?:InterQual|MCG|Milliman|eviCore|Carelon|AIM Specialty|Hayes|ASAM)\b|"
                       r"\b(?:policy|bulletin|guideline|LCD|NCD)\s*(?:no\.?|number|#)?\s*[A-Z]{0,6}[-.]?\d|"
                       # a policy's code ("MP-TMS-14", "BH-TMS-2": set 68, case 04), not a scale ("PHQ-9")
                       r"\b[A-Z]{2,}[-.][A-Z.]*\d{2,}|\b[A-Z]{2,}[-.][A-Z]{2,}[-.]?\d|"
                       r"\bcriteri(?:on|a)\s*(?:#|no\.?\s*)?\d|"
                       r"\(\s*(?:1|a|i)\s*\).{3,}\(\s*(?:2|b|ii)\s*\)|"
                       # a requirement stated in words: "did not show an inadequate response to at least two ..."
                       r"\bat least (?:one|two|three|four|five|six|\d+)\b|\ba minimum of\b|"
                       r"\b(?:did|do|does) not (?:show|document|demonstrate|contain)\s+(?!that\b)|"
                       r"\brequires? (?:a|an|the|at|documentation|that|one|two|three|four|five|six|\d+)\b|"
                       # a finding about the record the denial rests on: a step not taken or not documented, a
                       # contraindication, a condition it is not indicated for, an order of steps (letters set 83,
                       # cases 05-08: "There is no trial of evidence-based psychotherapy", "No gabapentinoid trial is
                       # documented", "uncontrolled hypertension, which is a contraindication", "not indicated", then
                       # "The denial does not say which criteria the records fail to meet")
                       r"\bno (?:[\w-]+ ){0,3}(?:trial|course|documentation|evidence|history)\b|"
                       r"\b(?:is|are|was|were) not documented\b|\bcontraindicat|\bnot indicated\b|"
                       r"\bonly after (?:the )?(?:failure|trial|use)\b", re.I)


DENIAL_WORDS = ("claim.denial_reason", "plan_policy.name", "plan_policy.number", "plan_policy.quote")


def criteria_named_in(data: dict) -> list[str]:
    """The fields of the denial's and the plan's own words that name criteria or a policy (see _CRITERIA)."""
    return [k for k in DENIAL_WORDS if not is_blank(v := get_path(data, k))
            and (k in ("plan_policy.name", "plan_policy.number") or _CRITERIA.search(str(v)))]


_SUICIDALITY_WORDS = re.compile(r"\bsuicid|\bSI\b|C-SSRS", re.I)


def severity_mentions_suicidality(data: dict) -> bool:
    """The severity line speaks to suicidality at all (whether it records it or denies it is not read here: only
    clinical.suicidality decides what the letter argues)."""
    return bool(_SUICIDALITY_WORDS.search(str(get_path(data, "clinical.severity") or "")))


def severity_dated(data: dict) -> date | None:
    """When the severity line was recorded: clinical.severity_date, else the latest date the line itself gives
    ("MADRS of 34 on October 22, 2026"); None when neither says."""
    from appeal_kit.intake.deadlines import _MON, as_date_or_none, find_dates

    recorded = get_path(data, "clinical.severity_date")
    if not is_blank(recorded):
        return as_date_or_none(recorded)
    text = str(get_path(data, "clinical.severity") or "")
    days = [h.value for h in find_dates(text)]
    # a month without its day ("October 2026") is a partial date: its first day, so "current" is never overstated
    from appeal_kit.letter.arguments import date_span

    for m in re.finditer(rf"\b{_MON}\.?\s+(?:19|20)\d\d\b", text, re.I):
        span = date_span(m.group(0))
        if span:
            days.append(span[0])
    return max(days) if days else None


# the denial's words saying the prescriber sent nothing in support: "The prescriber did not provide information
# showing that the limit is not appropriate for you", "no supporting statement was received from your prescriber"
_NO_STATEMENT = re.compile(r"\bprescriber\s+(?:did\s+not|has\s+not|didn't|failed\s+to)\s+(?:provide|send|submit|give)\b"
                           r"|\bno\s+(?:supporting\s+)?statement\b[^.]*\b(?:prescriber|doctor|physician)\b", re.I)


def compute(data: dict, *, letter_day: date, trials: dict, where: Callable[[Any], str] | None = None,
            denial_where: str = "") -> Facts:
    """Every fact a letter may assert about this case (see the module docstring). `data` is the letter's data
    as render.build_context makes it (the template defaults filled in, `access_standard`, `asked_first` and each
    network row's `beyond` worked out); `where` turns an `evidence: {file, page}` into "Exhibit C, p. 2";
    `denial_where` is where the denial notice is enclosed ("Exhibit A")."""
    from appeal_kit.letter import arguments, derived

    where = where or (lambda evidence: "")
    facts: dict[str, Fact] = {}
    anchors: dict[str, str] = {}

    def add(fact_id: str, value: bool | None, says: Phrase | None = None, sources: tuple[str, ...] | list[str] = (),
            field_: str = "", ask: str = "", about: str | Phrase = "") -> None:
        facts[fact_id] = Fact(fact_id, value, capfirst(str(says or "")), tuple(dict.fromkeys(s for s in sources if s)),
                              field_, ask, about, says)

    # -- the illness -------------------------------------------------------------------------------------------
    level = str(get_path(data, "clinical.suicidality") or "").strip().lower()
    level = level if level in SUICIDALITY else ""
    # asked for only where the diagnosis is a mental disorder (ICD-10-CM chapter F) or not given: a pain-only
    # case has no place for it
    about = (N_("whether the records document suicidal ideation (none, passive, active or attempt)")
             if derived.mental_health_diagnosis(data) else "")
    if severity_mentions_suicidality(data):
        about = ""  # the letter prints the severity line, which speaks to it; check notes the field instead
    recorded_level = phrase(SUICIDALITY.get(level, ""))
    add("suicidal_ideation", None if not level else level != "none",
        phrase("The records document {what}", what=recorded_level), ["clinical.suicidality"], "clinical.suicidality",
        about=about)
    add("acute_suicidality", None if not level else level in ("active", "attempt"),
        phrase("The records document {what}, acute suicidal ideation or behaviour", what=recorded_level),
        ["clinical.suicidality"], "clinical.suicidality", about=about)
    severity, recorded = get_path(data, "clinical.severity"), get_path(data, "clinical.severity_date")
    current = None
    day = severity_dated(data)
    if not is_blank(severity) and day is not None:
        current = 0 <= (letter_day - day).days <= CURRENT_DAYS
    # a severity recorded before the first date of care since given describes the illness before that care, not now
    # (set 8, cases 03 and 04: an admission score labelled current under a course that brought it down)
    from appeal_kit.intake.deadlines import as_date_or_none

    given = derived.given_dates(data, letter_day)
    first_given = min(given, default=None)
    before_care = bool(current and day is not None and first_given and day < first_given)
    # when all the care was given (a payment appeal), a severity recorded by its last day describes the illness it
    # was given for, not now (set 20, case 08: an admission's scores labelled current seven weeks after discharge)
    during_past_care = bool(current and day is not None and given and day <= max(given)
                            and derived.service_status(data, letter_day) == "post")
    add("severity_current", False if before_care or during_past_care else current, phrase(
        "The severity recorded on {day} is current within {days} days of the letter", day=Day(recorded),
        days=CURRENT_DAYS) if not is_blank(recorded) else phrase(
        "The severity line is current: the latest date it gives is within {days} days of the letter",
        days=CURRENT_DAYS),
        ["clinical.severity", "clinical.severity_date" if recorded else "the date in clinical.severity"],
        "clinical.severity_date",
        # with no severity line there is nothing to date (the out-of-network sample was asked for its date)
        about=N_("when the severity line was recorded, so the letter can call it current") if not is_blank(severity)
        else "")
    # suicidal ideation argued as a risk now only when the record of it is current: ideation recorded months ago,
    # before a course that has since worked, is history, not a present danger. Its own date
    # (clinical.suicidality_date) decides, else the severity line's (a line with no date keeps the field's word).
    # A sentence prints only the ideation's own date: the severity line may be of another visit (set 5, case 06).
    ideation = facts["suicidal_ideation"].value
    noted = get_path(data, "clinical.suicidality_date")
    noted_day = None if is_blank(noted) else as_date_or_none(noted)
    ideation_current = current if noted_day is None else 0 <= (letter_day - noted_day).days <= CURRENT_DAYS
    # the treatment asked for, taken since a day after the ideation was recorded and still taken with a response:
    # the ideation is the risk it has been meeting, history, not a present danger (set 41, case 03: passive
    # ideation at an admission, before the drug begun there and taken every day since, argued as the present risk)
    now = data.get("taken_now") if isinstance(data.get("taken_now"), dict) else None
    # a month-only start ("2026-07") counts from the month's first day, and is said as the month
    since = as_date_or_none(f"{now['since']}-01" if len(str(now["since"])) == 7 else now["since"]) if now else None
    if noted_day and since and noted_day < since and now and now.get("improving"):
        ideation_current = False
    add("treatment_taken_now", True if since else None,
        phrase("The treatment asked for has been taken since {day} and is still taken", day=Day(now["since"]))
        if now and since else None,
        [f"clinical.history row {now['row']}" if now else "", (now or {}).get("where") or ""], "clinical.history")
    add("taken_now_improving", bool(now.get("improving")) if now and since else None,
        phrase("The treatment asked for, still taken, has brought a response"),
        [f"clinical.history row {now['row']}" if now else ""], "clinical.history")
    # the record of that day, where record_dates names one: the sentence points to it (set 28, case 06: "The records
    # document active suicidal ideation on September 4, 2026" with no exhibit, the emergency note enclosed)
    that_day = derived.record_dated(data, noted_day)
    shown_at = where(that_day) if that_day else ""
    add("suicidal_ideation_current", False if ideation is not None and ideation_current is False else ideation,
        (phrase("The records document {what}, recorded on {day} ({place})", what=recorded_level, day=Day(noted),
                place=shown_at) if shown_at else
         phrase("The records document {what}, recorded on {day}", what=recorded_level, day=Day(noted)))
        if noted_day else phrase("The records document {what}", what=recorded_level),
        ["clinical.suicidality", "clinical.suicidality_date" if noted_day else
         "clinical.severity_date" if not is_blank(recorded) else "", shown_at], "clinical.suicidality", about=about)
    # ideation recorded on or before the last date of care already given: the risk that care was given to meet
    add("ideation_before_care", (noted_day <= max(given)) if noted_day and given else None,
        phrase("The records document {what}, recorded on {day}, on or before the last date of care given",
               what=recorded_level, day=Day(noted)),
        ["clinical.suicidality_date", "claim.service_dates"], "clinical.suicidality_date")
    # ideation that is history, said with its own date and without the present risk
    add("suicidal_ideation_past", bool(ideation and noted_day and ideation_current is False) or None,
        phrase("The records document {what} on {day} ({place})", what=recorded_level, day=Day(noted), place=shown_at)
        if shown_at else phrase("The records document {what} on {day}", what=recorded_level, day=Day(noted)),
        ["clinical.suicidality", "clinical.suicidality_date", shown_at], "clinical.suicidality_date")
    response = get_path(data, "clinical.response")
    add("response_recorded", not is_blank(response) or None,
        phrase("Response to the treatment: {text}", text=_short(response)), ["clinical.response"], "clinical.response")
    add("severity_recorded", not is_blank(severity), phrase("Severity: {text}", text=_short(severity)),
        ["clinical.severity", "clinical.severity_date" if recorded else ""], "clinical.severity")

    # a test's necessity is the question it was ordered to answer, the case's own words (letters set 97, case 02)
    summary = get_path(data, "treatment.summary")
    add("test_ordered_for", (not is_blank(summary) or None) if arguments.is_diagnostic_test(
        get_path(data, "treatment.name")) else False,
        phrase("The test was ordered for this reason: {text}", text=_short(summary)), ["treatment.summary"],
        "treatment.summary", about=N_("why the test was ordered: the clinical question it was to answer"))

    # -- the treatments already tried --------------------------------------------------------------------------
    # the rows as the letter's count read them (arguments.case_trials), so a count and its rows always agree
    counted = trials.get("groups") or arguments.counted_trials([])
    rows = counted["rows"]

    # a row's number, whether it is the count's copy or the row of clinical.history (both in the same order)
    shown = get_path(data, "clinical.history")
    numbers = {id(r): i + 1 for listed in (rows, shown if isinstance(shown, list) else []) for i, r in enumerate(
        r for r in listed if isinstance(r, dict))}

    def row_sources(chosen: list[dict]) -> list[str]:
        idx = sorted(numbers[id(r)] for r in chosen if id(r) in numbers)
        pages = [where(r.get("evidence")) for r in chosen if r.get("evidence")]
        return [f"clinical.history {_rows(idx)}" if idx else "", *dict.fromkeys(p for p in pages if p)]

    before = arguments.earlier_responses(rows, get_path(data, "treatment.name"),
                                         get_path(data, "clinical.episode_onset"))
    add("worked_before", bool(before) or None,
        phrase("The same treatment brought a response or remission before: {rows}",
               rows=[str(r.get("drug")) for r in before]),
        row_sources(before), "clinical.history")
    n = trials.get("adequate_failed", 0)
    # the paragraph's own words after "has": "four adequate ...", or "had two ... without an adequate response" where
    # it counts a drug still taken with those that ended (arguments.trial_summary's lead)
    counts_still = str(trials.get("lead") or "").startswith("had ")
    anchors["trials_failed"] = re.split(r"[:(,]", str(trials.get("lead") if counts_still else trials.get("summary"))
                                        or "")[0].strip()
    # counted only where the denial turns on the care's need (arguments.trials_bear): never for a limit on visits
    # (set 10, case 07), emergency care (set 11, case 07), a lower level of care (set 14, case 08), the network, an
    # authorization the plan gave, an exclusion's words or another payer (set 16, cases 04, 06, 07 and 08)
    counts = arguments.trials_bear(data)
    add("trials_failed", ((n > 0) if counts else False) if rows else None,
        phrase("The patient has {trials}", trials=trials["lead_phrase"]) if counts_still and trials.get("lead_phrase")
        else phrase("The patient has failed {trials}",
                    trials=trials.get("summary_phrase") or phrase("no adequate trial")),
        row_sources(trials.get("lead_rows") or counted["all"]),
        "clinical.history", about=N_("the treatments already tried (drug, dose, dates, outcome)"))
    # a kind of treatment the decision says was never tried, or a drug it says is taken now, that the history's rows
    # answer (render: arguments.untried_named)
    untried = data.get("untried") or []
    add("untried_answered", True if untried else None,
        phrase("The treatment history answers the decision's words: {words}",
               words=[str(u["words"]) for u in untried]),
        [f"clinical.history {_rows(sorted({i + 1 for u in untried for i in u['rows']}))}" if untried else "",
         "claim.denial_reason",
         # a reading answered by the criterion's own words (arguments.criterion_words)
         *(["plan_policy.quote", "payer_criteria"] if any(u["not_asked"] or u["excused"] for u in untried) else [])],
        "clinical.history")
    # the decision's reason that is a criterion of the policy's own, met (render: derived.reason_is_criterion; letters
    # set 87, case 08: "The member is in remission" against MP-ECT-C4's criterion (a))
    as_criterion = data.get("reason_criteria") or []
    add("reason_is_criterion", True if as_criterion else None,
        phrase("The decision's reason, {words}, is a criterion of the plan's own that the records meet",
               words=[str(r["words"]) for r in as_criterion]),
        [*(f"payer_criteria row {r['row']}" for r in as_criterion), *(str(r["where"]) for r in as_criterion),
         "claim.denial_reason"], "payer_criteria")
    meds = counted["medication"]
    anchors["two_antidepressants_failed"] = f"{number_words(len(meds))} adequate antidepressant trials"
    add("two_antidepressants_failed", (len(meds) >= 2) if rows else None,
        phrase("The patient has failed {count} adequate antidepressant trials", count=Count(len(meds))),
        row_sources(meds),
        "clinical.history", about=N_("the antidepressant trials already failed"))
    add("history_listed", bool(rows), plural_phrase(
        "The patient has tried {count} treatment, each listed with its dose, dates and outcome",
        "The patient has tried {count} treatments, each listed with its dose, dates and outcome", len(rows),
        count=Count(len(rows))), row_sources(rows), "clinical.history")

    # -- the claim ---------------------------------------------------------------------------------------------
    coded = arguments._flag(get_path(data, "claim.coding_correct"))
    add("coded_correctly", coded, phrase("The claim was coded correctly"), ["claim.coding_correct"],
        "claim.coding_correct",
        ask="please say exactly which element of the claim (code, units, modifier, NDC or diagnosis pointer) you "
            "consider wrong",
        about=N_("whether the claim as billed was coded correctly (true) or had an error (false)"))
    # the minutes the record of the session times gives for each session billed under a timed psychotherapy code:
    # the answer to a denial that the documentation does not support the time billed (letters set 84, case 07)
    session_minutes = derived.session_times(data)
    session_records = [where(p) for p in session_minutes["files"]]
    add("session_times_recorded", True if session_minutes["said"] else None,
        phrase("The record of the session times shows {times}", times=session_minutes["said"]),
        ["claim.session_times", *session_records], "claim.session_times",
        about=N_("how long each session billed under a timed psychotherapy code lasted, from the record of the "
                 "session times (claim.session_times: file, sessions: date, minutes)")
        if session_minutes["asked"] else "")
    add("session_times_support_code", session_minutes["supports"],
        phrase("Each session lasted {floor} minutes or more, the time {code} is reported for",
               floor=str(session_minutes["floor"] or ""), code=session_minutes["code"] or ""),
        ["claim.session_times", "claim.procedure_codes", *session_records], "claim.session_times")
    # Original Medicare's limitation on liability: no Advance Beneficiary Notice given before care already furnished
    # and denied as not reasonable and necessary, so the patient is not liable if the denial stands (rules.yaml
    # limitation_on_liability; letters set 60, case 07: no ABN shown, the finding never asked for). Asked for only
    # where it would change the letter.
    abn = arguments._flag(get_path(data, "claim.abn_given"))
    liability_matters = registry()["limitation_on_liability"].governs(route(data)) and \
        bool(derived.given_dates(data, letter_day)) and bool(derived.medical_judgment(data))
    add("no_abn_given", (None if abn is None else not abn) if liability_matters else False,
        phrase("No Advance Beneficiary Notice was given before the care was furnished"), ["claim.abn_given"],
        "claim.abn_given",
        about=N_("whether an Advance Beneficiary Notice (ABN) was given before the care (claim.abn_given: true or "
                 "false)") if liability_matters else "")
    # a decision that cuts care already authorized (Medicaid and an integrated D-SNP keep it during a timely appeal,
    # 42 CFR 438.420 and 422.632; an employer, individual, governmental or church plan decides the appeal before the
    # cut, 29 CFR 2560.503-1(f)(2)(ii)(A): all in the rules registry); "none" says it is a new request, anything else
    # leaves it unknown for check to ask
    cut = derived.care_action(data)
    # asked for only where the answer changes the letter: Medicaid's continuation, or an approval the plan gave (docs/
    # case-yaml.md: for other plan types the field is recorded and changes nothing)
    way = route(data)
    # (an employer, individual, governmental or church plan's concurrent-care rule only while care is still to come)
    benefits_kept = any(registry()[name].governs(way)
                        for name in ("medicaid_continued_benefits", "integrated_continuation"))
    kept_until_decided = registry()["concurrent_care_continuation"].governs(way) and \
        derived.service_status(data, letter_day) != "post"
    matters = benefits_kept or kept_until_decided or bool(derived.approval(data))
    add("authorized_care_cut", True if cut in CARE_CUTS else (False if cut == "none" else None),
        phrase("This decision {verb} care that was already authorized", verb=phrase(CARE_CUTS.get(cut, ANY_CARE_CUT))),
        ["claim.action"], "claim.action",
        about=N_("whether the decision reduces, suspends or ends care already authorized (claim.action: reduce, "
                 "suspend or end; none for a new request)") if matters else "")
    # how many days before the change the notice came: Medicaid requires 10 (rules.yaml advance_notice)
    cut_notice = derived.care_cut_notice(data, letter_day)
    gap = cut_notice["days"] if cut_notice else None
    add("advance_notice_short", None if gap is None or not cut_notice else cut_notice["short"],
        plural_phrase("The notice came {count} day before the change it makes takes effect",
                      "The notice came {count} days before the change it makes takes effect", gap or 0,
                      count=Count(gap or 0)), ["claim.notice_date", "claim.action_date"], "claim.action_date",
        about=N_("the day the decision's change takes effect, as the notice gives it (claim.action_date)")
        if cut in CARE_CUTS and route(data) in ("medicaid", "medicaid_fee_for_service") else "")
    pending = get_path(data, "claim.pending_services")
    still = derived.care_still_to_come(data, letter_day)
    dates = get_path(data, "claim.service_dates") or []
    add("course_remaining", True if still else (False if dates else None),
        phrase("Part of the prescribed course is still to be given"),
        ["claim.pending_services" if not is_blank(pending) else "claim.service_dates"], "claim.pending_services",
        about=N_("the sessions of the prescribed course still to be given"))
    said = derived.service_dates(data, letter_day)
    anchors["services_dated"] = said["words"]
    setting = derived.care_setting(data)
    spans = "claim.setting" if setting["kind"] else "claim.inpatient"
    add("services_dated", bool(dates), _services_phrase(said),
        ["claim.service_dates", spans if said.get("stay") else "claim.sessions"] if said["course"]
        else ["claim.service_dates"], "claim.service_dates")
    # the level of care the claim is for, named as the case records it (claim.setting): never "inpatient" for a
    # residential stay or a partial-hospitalization program (set 20, case 06; set 21, case 06)
    add("care_setting", True if setting["kind"] else None,
        phrase("The care is {setting}", setting=phrase(setting["words"])), ["claim.setting"], "claim.setting")
    codes = get_path(data, "claim.diagnosis_codes") or []
    add("diagnosis_named", bool(codes), phrase("The diagnosis is {codes}", codes=[str(c) for c in codes]),
        ["claim.diagnosis_codes"], "claim.diagnosis_codes")
    paid = _paid_in_part(data, where)
    add("partly_paid", True if paid else None, paid[0] if paid else None, paid[1] if paid else (), "claims")
    # the notice itself says the claim was paid, at a lower level or in part: never called denied (set 16, case 04:
    # "The claim was denied all the same" after quoting "Paid at the non-preferred benefit level")
    reason = get_path(data, "claim.denial_reason")
    lower = bool(_PAID_LOWER.search(str(reason or "")))
    add("paid_lower", True if lower else None,
        phrase("The notice says the claim was paid at a lower benefit level") if lower else None,
        ["claim.denial_reason", denial_where], "claim.denial_reason")
    add("denial_quoted", not is_blank(reason), phrase("The denial says: “{quote}”", quote=_short(reason)),
        ["claim.denial_reason", denial_where], "claim.denial_reason")
    # the denial's own words say the drug is not on the formulary (arguments.REASON_PATTERNS): an exception to ask
    # for, not an exclusion to answer
    add("off_formulary", True if "formulary_exception" in arguments.denial_reasons(data) else None,
        phrase("The denial says the drug is not on the plan's formulary"), ["claim.denial_reason", denial_where],
        "claim.denial_reason")
    criteria = [c for c in get_path(data, "payer_criteria") or [] if isinstance(c, dict)]
    # a criterion met by any one of its alternatives: the rows of an alternative not met do not make it unmet when
    # another is met (derived.criteria_alternatives); a criterion that another row may replace (`instead_of`): met
    # by that row when it is met, and an alternative not met is no unmet criterion when the one it replaces is met
    # (set 16, case 05)
    either = derived.criteria_alternatives(data)
    instead = derived.criteria_instead(data)
    beside = derived.criteria_beside(data)
    met = [arguments._flag(c.get("met")) for i, c in enumerate(criteria, start=1) if i not in beside]
    # a row marked not met that another met row stands in for: never "every one ... is met" (letters set 40, case 07:
    # criterion 2 not met, criterion 3 in its place)
    stood_in = any(arguments._flag(criteria[i - 1].get("met")) is False for i in beside if i <= len(criteria))
    add("all_criteria_met", (False if False in met else True if met and all(met) else None),
        phrase("Each of the {count} criteria is met, or the policy lets another criterion that is met take its place",
               count=Count(len(criteria))) if stood_in
        else phrase("Every one of the {count} criteria is met", count=Count(len(criteria)))
        if route(data) == "medicare" or derived.medicare_coverage(data)  # Medicare's criteria, not the plan's
        else phrase("Every one of the plan's {count} criteria is met", count=Count(len(criteria))),
        [f"payer_criteria {_rows(list(range(1, len(criteria) + 1)))}.met" if criteria else ""], "payer_criteria.met",
        about=N_("whether each of the plan's criteria is met (`met: true` or `false` in each payer_criteria row)"))
    # a criterion conceded unmet: what is left is an exception on an individual medical review, asked on the ground
    # the case holds; not where the plan's own exception provision is asked for (plan_exception), nor of Medicare's
    # own criteria, which no plan may set aside (letters set 73, case 07)
    conceded = derived.criteria_conceded(data)
    lead = conceded[0] if conceded else {}
    # a criterion whose own words except the member's diagnosis, by the code set's description (set 86, case 08)
    excepted = derived.criterion_excepted(data)
    add("criterion_excepted", True if excepted else None,
        phrase("{criterion} does not apply: it excepts a member with psychotic features, and the diagnosis {code} is "
               "{description}", criterion=(excepted or {}).get("named", ""), code=(excepted or {}).get("code", ""),
               description=(excepted or {}).get("description", "")),
        ["plan_policy.quote", "claim.diagnosis_codes"], "plan_policy.quote")
    add("criterion_conceded", True if conceded and is_blank(get_path(data, "plan_policy.exception"))
        and not (route(data) == "medicare" or derived.medicare_coverage(data)) else None,
        phrase("Criterion {number} is not met as written ({how}); the letter asks for an exception to it on an "
               "individual medical review", number=lead.get("number") or lead.get("criterion"),
               how=_short(lead.get("ground") or lead.get("shown") or "")),
        [f"payer_criteria row {c['row']}" for c in conceded]
        + [f"payer_criteria row {c['row']}.exception_ground" for c in conceded if c["ground"]],
        "payer_criteria.exception_ground")
    for c in instead:
        if c["met"] is True and c["how_met"]:
            row = criteria[c["row"] - 1]
            add("criterion_alternative_met", True, phrase(
                "Criterion {number} is met, and the policy lets it replace criterion {other}: {how}",
                number=c["number"] or c["criterion"], other=c["instead_of"], how=_short(c["how_met"])),
                [f"payer_criteria row {c['row']}", where(row.get("evidence")) if row.get("evidence") else "",
                 "plan_policy.quote" if get_path(data, "plan_policy.quote") else ""], "payer_criteria.instead_of")
            break
    else:
        add("criterion_alternative_met", None)
    for k, c in enumerate(get_path(data, "payer_criteria") or [], start=1):
        if isinstance(c, dict):
            # a row not met that its met alternative stands in for (or that stands in for a met one) is never said
            # to be unmet: its criterion is met
            if k in beside and arguments._flag(c.get("met")) is False:
                add(f"criterion_{k}", None)
                continue
            add(f"criterion_{k}", bool(c.get("how_met")) or None,
                phrase(CRITERION_MET[arguments._flag(c.get("met"))], criterion=_short(c.get("criterion")),
                       how=_short(c.get("how_met"))),
                [f"payer_criteria row {k}", where(c.get("evidence")) if c.get("evidence") else ""],
                f"payer_criteria row {k}.how_met",
                about=phrase("how the criterion “{criterion}” is met", criterion=_short(c.get("criterion"))))
    # a decision that measured the care against a higher weekly minimum than its criteria set, and the amount given
    # reaches theirs (derived.decision_minimum; letters set 33, case 05: 20 hours asked of an IOP certified for 9)
    least = derived.decision_minimum(data)
    given_row = least.get("given_row")
    given_in = (get_path(data, "payer_criteria") or [])[given_row] if given_row is not None else {}

    def amount(n: int) -> Phrase:
        return Phrase(AMOUNTS[least["unit"], least["period"]], (("n", str(n)),))

    add("decision_minimum_met", True if least else None,
        phrase("The decision asks for at least {asked}; the criteria set {minimum}, and {given} were given",
               asked=amount(least["asked"]), minimum=amount(least["minimum"]), given=amount(least["given"]))
        if least else None,
        [least["field"], f"payer_criteria {_rows([i + 1 for i in least['rows']])}.criterion",
         f"payer_criteria row {given_row + 1}.how_met" if given_row is not None else "",
         where(given_in["evidence"]) if given_in.get("evidence") else ""] if least else [], "payer_criteria")
    network = [p for p in get_path(data, "network") or [] if isinstance(p, dict)]
    left = not all(derived.network_source(p) for p in network)
    tried = [str(p.get("name")) for p in network]
    add("network_tried", bool(network) or None, plural_phrase(
        "{count} source was contacted: {names}", "{count} sources were contacted: {names}",
        len(network), count=Count(len(network)), names=tried) if left else plural_phrase(
        "{count} in-network source was contacted: {names}", "{count} in-network sources were contacted: {names}",
        len(network), count=Count(len(network)), names=tried),
        [f"network {_rows(list(range(1, len(network) + 1)))}" if network else "",
         *dict.fromkeys(where(p.get("evidence")) for p in network if p.get("evidence"))], "network",
        about=N_("the in-network providers tried, when, and what each said"))
    # the contacts the plan's own access standard (its quoted distance and wait) shows to fall outside it: the
    # sentence that measures them rests on the quoted terms as well as the rows (set 13, case 01: "45 miles" unsourced)
    # the standard and each row's place against it (`beyond`) are worked out once, by render.build_context
    standard = data.get("access_standard")
    outside = [i for i, p in enumerate(network, start=1) if p.get("beyond")]
    add("network_beyond_standard", True if outside else (False if standard and network else None), plural_phrase(
        "Measured against the plan's own access standard, {count} in-network source fell outside it",
        "Measured against the plan's own access standard, {count} in-network sources fell outside it",
        len(outside), count=Count(len(outside))),
        [standard["field"] if standard else "", f"network {_rows(outside)}" if outside else ""], "network",
        about=N_("how far each in-network provider was (miles) and its first opening (first_opening)"))
    anchors["network_beyond_standard"] = "own access standard"
    # the same terms' condition that the plan be asked before the care, met by a contact dated before the first date of
    # care (set 16, case 04: "and you contact us before you receive the service"); unknown when no contact is dated
    # what the member or family paid the provider (the expense ledger's total, render._member_paid), asked back
    # (its own name: `paid` above is the plan's part payment, which denial_exceeds_penalty reads below; letters set
    # 43, case 07: the member's payment plan hid the $300 penalty the plan's terms set for a missed precertification)
    member_paid = data.get("member_paid")
    add("member_paid", True if member_paid else None,
        phrase("{amount} was paid to the provider", amount=str((member_paid or {}).get("amount") or "")),
        ["expenses", (member_paid or {}).get("where") or ""], "expenses")
    first = data.get("asked_first")  # derived.asked_before_care, worked out once by render.build_context
    ask_first = bool(standard and standard.get("ask_first") and given)  # the dates of care given, worked out above
    asked = get_path(data, "prior_auth.requested_on")
    pa_records = [where(p) for p in derived.files_named(get_path(data, "prior_auth.proof"))]
    said_first: Phrase | None = None
    first_sources: list[str] = []
    if first and first.get("row"):  # a network contact
        said_first = phrase("{name} was contacted on {day}, before the first date of care, {first}",
                            name=first["name"], day=Day(first["date"]), first=Day(first["first"]))
        first_sources = [f"network row {first['row']}", where(network[first["row"] - 1].get("evidence"))
                         if network[first["row"] - 1].get("evidence") else ""]
    elif first:  # the request to approve the care
        said_first = phrase("The plan was asked to approve the care on {day}, before the first date of care, {first}",
                            day=Day(first["date"]), first=Day(first["first"]))
        first_sources = ["prior_auth.requested_on", *pa_records]
    add("network_asked_first", True if first else (None if not ask_first or not network else False), said_first,
        [standard["field"] if standard else "", *first_sources, "claim.service_dates"], "network",
        about=N_("when the plan was first asked about an in-network provider (the `date` of a network row)"))
    # the plan's own terms covering care it did not answer a request for in time, the time run out before the care
    # worked out once by render.build_context (the template reads it too); computed here for a bare case
    deemed = data["deemed"] if "deemed" in data else derived.deemed_approval(data, letter_day)
    add("deemed_approved", deemed["before_care"] if deemed and deemed["first"] else None,
        phrase("The plan's own terms cover the care when a request is not answered within {days}; the request of "
               "{asked} was not answered by {day}, before the first date of care, {first}", days=deemed["days"],
               asked=Day(deemed["asked"]), day=Day(deemed["ran_out"]), first=Day(deemed["first"])) if deemed else None,
        ["plan_policy.quote", "prior_auth.requested_on", "prior_auth.never_decided", *pa_records,
         "claim.service_dates"], "prior_auth.never_decided")
    # the plan's own decision time for the request it never decided, worked on its dates (letters set 50, case 03)
    clock = data["pa_clock"] if "pa_clock" in data else derived.undecided_request_clock(data, letter_day)
    add("pa_clock_ran_out", clock["before_care"] if clock and clock["first"] else None,
        phrase("The plan's own terms give it {days} days to decide a request; the request of {asked} was not decided "
               "by {day}, before the first date of care, {first}", days=str(clock["days"]), asked=Day(clock["asked"]),
               day=Day(clock["due"]), first=Day(clock["first"])) if clock and clock["first"] else None,
        [clock["field"] if clock else "plan_policy.quote", "prior_auth.requested_on", "prior_auth.never_decided",
         *(["prior_auth.pended_on", "prior_auth.pended_for"] if clock and clock["paused"] else []), *pa_records,
         "claim.service_dates"], "prior_auth.never_decided")
    # that time run out on a request for care not yet given: the plan's silence is the decision appealed (letters set
    # 58, case 08: the Evidence of Coverage's 7 days quoted and never applied)
    due_day = as_date_or_none(clock["due"]) if clock else None
    past = bool(clock and not clock["first"] and due_day and due_day < letter_day)
    add("pa_clock_past", True if past else None,
        phrase("The plan's own terms give it {days} days to decide a request; the request of {asked} was not decided "
               "by {day}", days=str(clock["days"]), asked=Day(clock["asked"]), day=Day(clock["due"]))
        if clock else None,
        [clock["field"] if clock else "plan_policy.quote", "prior_auth.requested_on", "prior_auth.never_decided",
         *(["prior_auth.pended_on", "prior_auth.pended_for"] if clock and clock["paused"] else []), *pa_records],
        "prior_auth.never_decided")
    pending = data["pending_review"] if "pending_review" in data else derived.pending_request_review(data, letter_day)
    add("care_while_pending", True if pending else None,
        phrase("The care of {days} was given while the request of {asked}, never decided, was pending; the plan's own "
               "terms review such care under the request", days=_days(pending["dates"]), asked=Day(pending["asked"]))
        if pending else None,
        [pending["field"] if pending else "plan_policy.quote", "prior_auth.requested_on", "prior_auth.never_decided",
         *pa_records, "claim.service_dates"], "prior_auth.never_decided")
    add("pa_clock_latest", True if past and clock and clock["latest"] else None,
        phrase("Even with the {more} more days the plan's terms allow, its time to decide the request ran out on {day}",
               more=str(clock["more"]), day=Day(clock["latest"])) if clock and clock["latest"] else None,
        [clock["field"] if clock else "plan_policy.quote", "prior_auth.requested_on", "prior_auth.never_decided",
         *pa_records], "prior_auth.never_decided")
    # a new member's continuity-of-care terms worked on the case's dates (letters set 50, case 05)
    window = data["window"] if "window" in data else derived.coverage_window(data)
    add("continuity_window_met", True if window and window["holds"] else None,
        phrase("Coverage began on {began}; the plan's terms on a course already under way are met on the case's dates",
               began=Day(window["began"])) if window else None,
        ["plan_policy.quote", "eligibility.start", "prior_auth.notified" if window and window["told"] else "",
         "claim.service_dates"], "eligibility.start")
    # the time of day a post-stabilization request prints is prior_auth.notified's (set 20, case 08: "at 10:30 a.m.")
    timed = (derived.post_stabilization_request(data) or {}).get("time")
    # unknown, and asked for, only where the denial is about authorization: an out-of-network denial whose terms ask
    # the member to contact the plan (recorded in `network`) has no request to leave out (letters set 58, case 05:
    # "prior_auth.requested_on: not in case.yaml" on a case that needed and made none)
    pa_denial = "prior_authorization" in arguments.denial_reasons(data) or \
        str(get_path(data, "claim.denial_category") or "") in ("prior_authorization", "retro_authorization")
    # nor where the case says no authorization was required: a request never needed is not left out (a writer's note,
    # round s79)
    add("pa_requested", True if asked else (None if pa_denial else False),
        phrase("The provider asked for authorization on {day}", day=Day(asked)),
        ["prior_auth.requested_on", "prior_auth.notified" if timed else "", *pa_records], "prior_auth.requested_on",
        about="" if arguments._flag(get_path(data, "prior_auth.required")) is False
        else N_("when the provider asked for authorization"))
    # the request made before the first date of care given, decided (if at all) after it: the care was not given
    # without a request, and nothing is to be authorized retroactively (letters set 46, case 02: a contractor's own
    # letter shows the request received six days before the program began; the letter asked for "retroactive"
    # authorization of a "procedural gap")
    asked_day = as_date_or_none(asked)
    asked_before = bool(asked_day and first_given and asked_day < first_given
                        and get_path(data, "prior_auth.never_decided") is not True)
    add("pa_before_care", asked_before or None, phrase(
        "The provider asked for authorization on {day}, before the first date of care, {first}", day=Day(asked),
        first=Day(first_given.isoformat() if first_given else "")),
        ["prior_auth.requested_on", *pa_records, "claim.service_dates"], "prior_auth.requested_on")
    reference = get_path(data, "prior_auth.reference")
    add("pa_reference", bool(asked and not is_blank(reference)) or None,
        phrase("The plan gave the request the reference {reference}", reference=" ".join(str(reference or "").split())),
        ["prior_auth.reference", *pa_records], "prior_auth.reference")
    pended = get_path(data, "prior_auth.pended_on")
    add("pa_pended", bool(asked and not is_blank(pended)) or None,
        phrase("The plan pended the request on {day} without deciding it", day=Day(pended)),
        ["prior_auth.pended_on", "prior_auth.pended_for", *pa_records], "prior_auth.pended_on")
    # the plan's own terms require no authorization for this care (an emergency admission): the claim is argued on
    # those terms, never as a missing authorization to grant retroactively (set 14, case 05)
    # beside an approval the plan gave for every date of the claim, "none was required" is not said: the approval
    # answers the claim (letters set 26, case 07: "No prior authorization was required" beside a precertification the
    # plan's terms require and the plan gave)
    required = arguments._flag(get_path(data, "prior_auth.required"))
    if required is False and (derived.approval(data) or {}).get("covers_claim") is True:
        required = None
    add("pa_not_required", None if required is None else not required,
        phrase("The plan's terms require no prior authorization for this care"),
        ["prior_auth.required", "plan_policy.other_terms" if derived.authorization_waived_elsewhere(data) else
         "plan_policy.quote" if get_path(data, "plan_policy.quote") else "",
         where(get_path(data, "plan_policy.file")) if get_path(data, "plan_policy.file") else ""],
        "prior_auth.required",
        about=N_("whether the plan's terms require authorization for this care (prior_auth.required, with the terms "
                 "in plan_policy.quote)"))
    notice = derived.admission_notice(data)
    add("pa_notified", bool(notice["day"]) or None, phrase("The provider notified the plan on {day}",
                                                           day=Day(notice["day"])),
        ["prior_auth.notified", *pa_records], "prior_auth.notified",
        about=N_("when the provider notified the plan of the care (prior_auth.notified), with its record"))
    # that notice measured by the plan's quoted notice rule from the admission (derived.admission_notice)
    add("notice_in_time", notice["in_time"] if notice["hours"] else False,
        phrase("The provider notified the plan {after} hours after the admission, within the {hours} hours its terms "
               "allow", after=Count(notice["after"] or 0), hours=Count(notice["hours"] or 0)),
        ["prior_auth.notified", "emergency.admitted", "plan_policy.quote", *pa_records], "emergency.admitted",
        about=N_("when the admission began and when the provider notified the plan, each with its time "
                 "(emergency.admitted, prior_auth.notified)"))
    # the plan's notice rule in business days, counted without weekends and federal holidays (derived.business_notice);
    # asked for where the quoted terms count notice in business days and the case gives the notice (set 19, case 06)
    business = derived.business_notice(data)
    quote = str(get_path(data, "plan_policy.quote") or "")
    notice_days = dict(day=Day(business["day"]), days=Count(business["days"] or 0),
                   event=phrase("the admission") if business["event"] else phrase("the event"),
                   start=Day(business["event_day"]),
                   last=Day(business["last"]))
    add("notice_within_business_days", business["in_time"],
        plural_phrase("The provider notified the plan on {day}, within the {days} business days after {event} on "
                      "{start} that its terms allow (the last of them {last}, the federal holiday on {holidays} not "
                      "counted)",
                      "The provider notified the plan on {day}, within the {days} business days after {event} on "
                      "{start} that its terms allow (the last of them {last}, the federal holidays on {holidays} not "
                      "counted)", len(business["moved"]),
                      holidays=Days(tuple(h["day"] for h in business["moved"])), **notice_days) if business["moved"]
        else
        phrase("The provider notified the plan on {day}, within the {days} business days after {event} on {start} "
               "that its terms allow (the last of them {last})", **notice_days),
        ["prior_auth.notice_rule", "prior_auth.notified", "emergency.admitted" if business["event"] else "",
         "plan_policy.quote", *pa_records], "prior_auth.notice_rule",
        about=(N_("the plan's notice rule in business days and the event it counts from (prior_auth.notice_rule: "
                  "business_days, from)") if notice["day"] else
               # a request the case dates but no notice measured: the letter cannot say it was on time (letters set
               # 84, case 04: a call on the second business day conceded as a missed notice)
               N_("when the provider notified the plan (prior_auth.notified), the admission it counts from "
                  "(emergency.admitted) and the plan's notice rule in business days (prior_auth.notice_rule)")
               if not is_blank(get_path(data, "prior_auth.requested_on")) else "")
        if derived.BUSINESS_DAYS_RULE.search(quote) else "")
    missed = derived.missed_notice(data)
    reasons_here = arguments.denial_reasons(data)
    add("denial_exceeds_penalty", True if missed["given"] and not paid and (
        {"prior_authorization", "emergency_services"} & set(reasons_here)) else None,
        phrase("The plan's terms set {penalty} as the consequence of a missed notice, not a denial of benefits",
               penalty=str(missed["penalty"] or "")),
        ["prior_auth.missed_notice.quote", "prior_auth.missed_notice.penalty", "claim.denial_reason"],
        "prior_auth.missed_notice",
        about=N_("the plan's own stated consequence of a missed notice, when it is a penalty rather than a denial "
                 "(prior_auth.missed_notice: quote, penalty)") if derived.PENALTY_WORDS.search(quote) else "")
    why = get_path(data, "eligibility.why")
    add("coverage_why", bool(why) or None, phrase("The coverage was in force on the dates of care: {reason}",
                                                  reason=_short(why)),
        ["eligibility.why"], "eligibility.why", about=N_("why the coverage was in force on the dates of care"))
    # when the coverage began (and ends), from the record that shows it, against every date of service (set 21, case
    # 02: Part B from July 1, 2026; set 20, case 03: CHIP reinstated from August 1, 2026)
    # as the letter's data holds it: a record that does not hold the dates is not their source (render._shown_by_record)
    span = data["coverage_span"] if isinstance(data.get("coverage_span"), dict) else derived.coverage_span(data)
    span_words = dict(start=Day(span["start"]), coverage=span["coverage"] or phrase("the coverage"))
    add("services_within_coverage", span["within"],
        phrase("{coverage} is in force from {start} through {end}, and every date of service falls within it",
               end=Day(span["end"]), **span_words) if span["end"] else
        phrase("{coverage} is in force from {start}, and every date of service falls on or after it", **span_words),
        ["eligibility.start", "eligibility.end" if span["end"] else "", "claim.service_dates",
         *(where({"file": f, "page": span["record"]["page"]}) for f in span["record"]["files"])], "eligibility.start",
        about=N_("when the coverage began (eligibility.start), and the record that shows it (eligibility.record: "
                 "name, date, file, page)") if "coverage_ended" in arguments.denial_reasons(data) else "")
    enrolled = data["enrollment"] if isinstance(data.get("enrollment"), dict) else derived.provider_enrollment(data)
    add("provider_enrolled_on_dates", enrolled["within"],
        phrase("The enrollment of {provider} took effect on {effective}, and every date of service falls on or after "
               "it",
               provider=enrolled["provider_mid"] or phrase("the provider"), effective=Day(enrolled["effective"])),
        ["provider_enrollment.effective", "claim.service_dates",
         *(where({"file": f, "page": enrolled["record"]["page"]}) for f in enrolled["record"]["files"])],
        "provider_enrollment.effective")
    grace = derived.grace_period(data)
    add("premium_paid_in_grace", grace["paid_within"],
        phrase("All outstanding premium was paid on {paid}, within the grace period that ended on {ends}",
               paid=Day(grace["paid_on"]), ends=Day(grace["ends"])),
        ["eligibility.grace_period", "claim.service_dates",
         *(where(p) for p in derived.files_named(get_path(data, "eligibility.proof")))], "eligibility.grace_period")
    # a coordination-of-benefits denial: the other coverage the plan's record names, measured by the case's own dates
    # and the plan's quoted order-of-benefits terms (derived.other_coverage)
    cob = derived.other_coverage(data)
    cob_records = [where(p) for p in cob["proof"]]
    other = cob["plan"] or phrase("the other coverage")
    add("other_coverage_ended", cob["after_end"],
        phrase("{plan} ended on {day}, before the request of {first}, for care not yet given", plan=other,
               day=Day(cob["ended"]), first=Day(cob["first"])) if cob["pre"] else
        phrase("{plan} ended on {day}, before the first date of service, {first}", plan=other, day=Day(cob["ended"]),
               first=Day(cob["first"])),
        ["other_coverage.ended", "prior_auth.requested_on" if cob["pre"] else "claim.service_dates", *cob_records],
        "other_coverage.ended",
        # Medicare second to current employment does not end: no end date is asked for then (set 19, case 05); nor
        # when this plan covers the person as its subscriber and the other as a dependent: the order of benefits
        # decides, and the other coverage goes on (letters set 60, case 05: a student's own plan, her father's)
        about="" if cob["employment"] or cob["never"] or cob["birthday_first"] is not None
        or cob["decree_first"] is not None
        or (cob["here"], cob["member_is"]) == ("subscriber", "dependent") else N_(
            "when the other coverage the plan names ended (other_coverage.ended), "
                                              "with its record"))
    # coverage the patient never had: nothing ended, and it pays first for nothing (letters set 74, case 04)
    add("other_coverage_never", True if cob["never"] and cob["plan"] else None,
        phrase("The patient was never enrolled in {plan}", plan=other),
        ["other_coverage.never_enrolled", "other_coverage.has", *cob_records], "other_coverage.never_enrolled")
    add("part_a_only_primary", True if cob["part_a_only"] else None,
        phrase("The patient has {has} and was never enrolled in {plan}: under the plan's own terms for a member with "
               "Medicare Part A only, it pays first for covered care Part A does not cover", has=cob["has"],
               plan=other),
        ["plan_policy.quote", "other_coverage.has", "other_coverage.never_enrolled", *cob_records],
        "other_coverage.has")
    continued_at = [where(f) for f in cob["continued_proof"]]
    add("other_coverage_not_continued", True if cob["not_continued"] and cob["ended"] else None,
        phrase("{plan} was not continued after it ended (no continuation coverage was elected)", plan=other),
        ["other_coverage.continued", *continued_at], "other_coverage.continued")
    # asked for only where the quoted terms state the subscriber rule it applies: a member_is the letter reads is
    # never reported unreadable because the terms state no such rule (set 19, case 05's writer: `subscriber`)
    add("this_plan_primary", cob["primary_here"],
        phrase("Under the plan's own order of benefits it pays first: it covers the patient as subscriber, and {plan} "
               "covered the patient as a dependent", plan=other),
        ["plan_policy.quote", "other_coverage.covered_here_as", "other_coverage.member_is", *cob_records],
        "other_coverage.member_is",
        about=N_("how the other plan covered the patient and how this plan does (other_coverage.member_is and "
                 ".covered_here_as)") if cob["subscriber_first"] and not cob["employment"] else "")
    # the birthday rule for a child both plans cover as a dependent: the month and day of each parent's birth
    add("birthday_rule_primary", cob["birthday_first"],
        phrase("Under the plan's own birthday rule it pays first: {here}'s birthday, {here_day}, comes before "
               "{other}'s, {other_day}, in the calendar year",
               here=cob["birthdays"]["here"]["name"] or phrase("the parent"),
               here_day=cob["birthdays"]["here"]["birthday"],
               other=cob["birthdays"]["other"]["name"] or phrase("the other parent"),
               other_day=cob["birthdays"]["other"]["birthday"]),
        ["plan_policy.quote", "other_coverage.parents.here.born", "other_coverage.parents.other.born", *cob_records],
        "other_coverage.parents",
        # asked where the quoted terms state the rule (letters set 92, case 04: the parents' birthdays only in a
        # statement enclosed, so the letter could not apply the rule the notice misread)
        about=N_("the name and date of birth of the parent through whom each plan covers the child, for the plan's "
                 "birthday rule (other_coverage.parents: here and other, each with name and born)")
        if cob["birthday_rule"] else "")
    # the court-decree rule for a child of separated parents: the decree the quoted rule turns on, said with its record
    # (letters set 84, case 01: section 11.3(a) quoted, the decree making the mother responsible never stated)
    add("decree_rule_primary", cob["decree_first"],
        phrase("Under the plan's own court-decree rule it pays first: a court decree makes the parent through whom it "
               "covers the patient responsible for the patient's health care coverage"),
        ["plan_policy.quote", "other_coverage.decree", *(where(p) for p in cob["decree"]["files"])],
        "other_coverage.decree",
        about=N_("the court decree the plan's rule turns on: which parent it makes responsible for the child's health "
                 "care coverage, its words and its record (other_coverage.decree: name, date, quote, parent, sent, "
                 "file)") if cob["decree"]["rule_quoted"] and not cob["pays_last"] else "")
    # Medicare second to current employment: the plan's own quoted working-aged rule applied to how this plan covers
    # the patient, and the Medicare Secondary Payer rule where the case holds the employer's size and the age
    add("plan_primary_active", True if cob["employment"] and cob["active_first"] else
        None if cob["rule_quoted"] and not cob["employment"] else False,
        phrase("Under the plan's own terms it pays first and Medicare second: it covers the patient through "
               "current employment"),
        ["plan_policy.quote", "other_coverage.current_employment", *cob_records], "other_coverage.current_employment",
        about=N_("whether this plan covers the patient through current employment, the patient's own or a spouse's "
                 "(other_coverage.current_employment: member or spouse)") if not cob["after_end"] else "")
    add("medicare_second_by_law", cob["working_aged"],
        phrase("Medicare pays second by law: the patient, {age} or older, is covered through current employment by "
               "the plan of an employer of {employees} employees", age=Count(derived.WORKING_AGED_AGE),
               employees=Count(cob["employees"] or 0)),
        ["other_coverage.current_employment", "other_coverage.employees", "patient.date_of_birth",
         "claim.service_dates", *cob_records], "other_coverage.employees",
        about=N_("how many employees the employer has (other_coverage.employees): Medicare pays second by law only "
                 "to the plan of an employer of 20 or more") if cob["employment"] else "")
    # the same rule seen from Medicare's side: an employer under 20 employees makes Medicare the first payer (set 22,
    # case 05)
    add("medicare_first_small_employer", cob["medicare_first"],
        phrase("Medicare pays first: the patient, {age} or older, is covered through current employment by the plan "
               "of an employer of {employees} employees, fewer than {least}", age=Count(derived.WORKING_AGED_AGE),
               employees=Count(cob["employees"] or 0), least=Count(derived.WORKING_AGED_EMPLOYEES)),
        ["other_coverage.current_employment", "other_coverage.employees", "patient.date_of_birth",
         "claim.service_dates", *cob_records], "other_coverage.employees")
    # the other plan has processed this claim: its explanation of benefits, what it paid and why, is the record a
    # denial that waits for it asks for (letters set 84, case 05: the OHI paid $0, partial hospitalization excluded);
    # asked for only where the other coverage may still pay first (it ran on the dates of care, no rule puts this plan
    # first)
    processed = cob["processed"]
    # (nor while a quoted court-decree rule waits for its decree: set 84, case 01)
    first_here = cob["after_end"] or cob["never"] or cob["primary_here"] or cob["birthday_first"] \
        or cob["decree_first"] or (cob["decree"]["rule_quoted"] and not cob["pays_last"]) or cob["employment"]
    add("other_coverage_processed", True if processed and cob["plan"] else None,
        phrase("{plan} has processed the claim: its explanation of benefits paid {paid}", plan=other,
               paid=processed["paid"]) if processed and processed["paid"] else
        phrase("{plan} has processed the claim", plan=other),
        ["other_coverage.processed", *(where(p) for p in (processed or {}).get("files") or [])],
        "other_coverage.processed",
        about="" if first_here or not cob["plan"] else N_(
            "what the other plan's explanation of benefits for this claim paid and why, in its words "
            "(other_coverage.processed: date, paid, quote, file)"))
    # its own words say it pays second: the claim is then not to be processed here as the secondary payer on it
    # (letters set 92, case 04)
    add("other_plan_pays_second", True if processed and cob["processed_second"] and cob["plan"] else None,
        phrase("{plan}'s explanation of benefits says that it pays second", plan=other),
        ["other_coverage.processed.quote", *(where(p) for p in (processed or {}).get("files") or [])],
        "other_coverage.processed.quote")
    add("other_coverage_reported", True if cob["reported"] else (False if cob["told_elsewhere"] else None),
        phrase("The plan was told on {day} that {plan} had ended", plan=other, day=Day(cob["reported"]))
        if cob["reported_end"] else
        phrase("The plan was told on {day} that the patient has no {plan}", plan=other, day=Day(cob["reported"]))
        if cob["never"] else phrase("The plan was told about {plan} on {day}", plan=other,
                                           day=Day(cob["reported"])),
        # coverage never held: its proof shows the enrollment, not what the plan was told (letters set 74, case 04)
        ["other_coverage.reported", *(["call_log"] if cob["never"] else [where(p) for p in cob["reported_proof"]])],
        "other_coverage.reported",
        about=N_("when the member told the plan about the other coverage (other_coverage.reported)"))
    # Original Medicare's lifetime limit on psychiatric hospital care: where the stay was, and the days counted toward
    # the limit that do not belong there (derived.psychiatric_days)
    psych = derived.psychiatric_days(data)
    psych_records = [where(p) for p in psych["proof"]]
    add("stay_in_psychiatric_unit", psych["in_unit"],
        phrase("The stay was in a distinct-part psychiatric unit of a general hospital, not in a psychiatric "
               "hospital"), ["psychiatric_days.unit", *psych_records], "psychiatric_days.unit",
        about=N_("where the stay was: a distinct-part psychiatric unit of a general hospital or a psychiatric "
                 "hospital (psychiatric_days.unit), with its record"))
    add("days_miscounted", bool(psych["miscounted"]) or None,
        phrase("Medicare counted toward the limit days that do not belong there: {stays}",
               stays=[r["stay"] for r in psych["miscounted"]]),
        ["psychiatric_days.miscounted", *psych_records], "psychiatric_days.miscounted")
    # emergency care (emergency.care: true): the facts the emergency-services answer rests on, each from its field
    emergency_file = get_path(data, "emergency.file")
    emergency_record = [where(emergency_file)] if emergency_file else []
    add("emergency_care", arguments._flag(get_path(data, "emergency.care")),
        phrase("The care was emergency care"), ["emergency.care", *emergency_record], "emergency.care",
        about=N_("whether the care was emergency care (emergency.care)"))
    symptoms = get_path(data, "emergency.symptoms")
    add("emergency_symptoms", bool(symptoms) or None,
        phrase("The patient came for emergency care with: {symptoms}", symptoms=_short(symptoms)),
        ["emergency.symptoms", *emergency_record], "emergency.symptoms")
    presented = get_path(data, "emergency.presented")
    add("emergency_presented", bool(presented) or None,
        phrase("The patient presented at {place}", place=_short(presented)), ["emergency.presented"],
        "emergency.presented")
    # the plan's own payment of part of the same emergency as emergency care (set 20, case 08: the emergency
    # department visit "paid as emergency care" on a separate claim, the admission from it called non-emergency)
    given = get_path(data, "emergency.plan_paid")
    er_paid: dict = given if isinstance(given, dict) else {}
    add("plan_paid_as_emergency", True if not is_blank(er_paid.get("what")) else None,
        phrase("The plan paid {what} as emergency care", what=_short(er_paid.get("what"))),
        ["emergency.plan_paid.what", "emergency.plan_paid.date" if er_paid.get("date") else "",
         where(er_paid) if er_paid.get("file") else ""], "emergency.plan_paid")
    transfer_ok = arguments._flag(get_path(data, "emergency.transfer_safe"))
    add("transfer_unsafe", None if transfer_ok is None else not transfer_ok,
        phrase("The patient could not travel safely by non-medical transport to a network facility"),
        ["emergency.transfer_safe", "emergency.transfer_why", *emergency_record], "emergency.transfer_safe")
    consented = arguments._flag(get_path(data, "emergency.consent_signed"))
    add("no_consent", None if consented is None else not consented,
        phrase("No written consent to out-of-network care was signed"),
        ["emergency.consent_signed", *emergency_record], "emergency.consent_signed")
    # urgently needed care away from home (urgently_needed.care: true): the absence, the urgency and the plan's own
    # advice, each from its field and record
    urgent_file = get_path(data, "urgently_needed.file")
    urgent_record = [where(urgent_file)] if urgent_file else []
    add("urgently_needed_care", arguments._flag(get_path(data, "urgently_needed.care")),
        phrase("The care was urgently needed care away from home"), ["urgently_needed.care", *urgent_record],
        "urgently_needed.care", about=N_("whether the care was urgently needed away from home (urgently_needed.care)"))
    away = derived.time_away(data)
    add("away_from_area", True if away["start"] and away["end"] and away["where"] else None,
        phrase("The patient was away from home, in {where}, from {start} to {end}", where=_short(away["where"]),
               start=Day(away["start"]), end=Day(away["end"])),
        ["urgently_needed.away", where(away["proof"]) if away["proof"] else ""], "urgently_needed.away")
    add("care_while_away", away["within"],
        phrase("Every date of care falls within that time away"), ["claim.service_dates", "urgently_needed.away"],
        "urgently_needed.away")
    area = get_path(data, "urgently_needed.service_area")
    terms_file = get_path(data, "plan_policy.other_terms_file") or get_path(data, "plan_policy.file")
    add("service_area", bool(area) or None,
        phrase("The plan's service area is {area}", area=_short(area)),
        ["urgently_needed.service_area", where(terms_file) if terms_file else ""], "urgently_needed.service_area")
    why = get_path(data, "urgently_needed.why")
    add("urgent_why", bool(why) or None, phrase("The care was needed right away: {why}", why=_short(why)),
        ["urgently_needed.why", *urgent_record], "urgently_needed.why")
    advised = get_path(data, "urgently_needed.plan_advised")
    advice: dict = advised if isinstance(advised, dict) else {}
    add("plan_advised", True if not is_blank(advice.get("said")) and not is_blank(advice.get("date")) else None,
        phrase("The plan itself advised the care: {said}", said=_short(advice.get("said"))),
        ["urgently_needed.plan_advised", where(advice["file"]) if advice.get("file") else ""],
        "urgently_needed.plan_advised")
    billed = data["billed"] if "billed" in data else derived.billed_as(data)
    add("billed_as", True if billed["places"] or billed["modifiers"] else None,
        phrase("The lines were billed with place of service {places} and modifiers {modifiers}",
               places=join_and(billed["places"]) or "-", modifiers=join_and(billed["modifiers"]) or "-"),
        ["service_lines"], "service_lines")
    add("billed_units", True if billed["units"] else None,
        phrase("The lines were billed with these units: {lines}", lines="; ".join(
            f"{u['code']} {u['units']} units on {datelist(u['dates'])}" for u in billed["units"])),
        ["service_lines"], "service_lines")
    # the corrected claim enclosed: said once, whichever paragraph says it first (letters set 27, case 03: "The
    # corrected claim is enclosed as Exhibit H" and "Enclosed as Exhibit H: Corrected claim ..." one after the other)
    fixed_file = get_path(data, "corrected_claim.file")
    add("corrected_claim_enclosed", True if fixed_file else None, phrase("The corrected claim is enclosed"),
        ["corrected_claim.file", where(fixed_file) if fixed_file else ""], "corrected_claim.file")
    share = get_path(data, "urgently_needed.cost_share")
    add("urgent_cost_share", bool(share) or None,
        phrase("The plan's cost sharing for urgently needed care is {share}", share=_short(share)),
        ["urgently_needed.cost_share", where(terms_file) if terms_file else ""], "urgently_needed.cost_share")
    missing = get_path(data, "prior_auth.reason_missing")
    # beside an approval the plan gave, no reason is needed: the letter says one only for services it does not reach
    add("pa_reason", bool(missing) or (False if derived.approval(data) else None),
        phrase("Authorization was not in place because: {reason}", reason=_short(missing)),
        ["prior_auth.reason_missing"], "prior_auth.reason_missing", about=N_("why authorization was not in place"))
    # an authorization or exception the plan did approve: the letter answers the claim with it, and says plainly
    # what was given beyond it
    approved = derived.approval(data)
    # the approval's letter, or its letters (an approval and the letter that extended it: set 23's writer)
    approval_sources = ["prior_auth.approved",
                        *(where(f) for f in derived.files_named(get_path(data, "prior_auth.approved.file")))]
    add("pa_approved", True if approved else None,
        phrase("{insurer} approved {number} on {day}", insurer=get_path(data, "insurer.name") or phrase("The plan"),
               number=str((approved or {}).get("number") or phrase("an authorization")),
               day=Day((approved or {}).get("date"))), approval_sources, "prior_auth.approved")
    # the approval's own dates miss every date of service of the claim: it is then never argued as covering it
    reaches = (approved or {}).get("covers_claim")
    add("approval_outside_claim", None if reaches is None else not reaches,
        phrase("{number} ended on {day}, before the care this request is for",
               number=str((approved or {}).get("number") or phrase("The approval")), day=Day(approved["end"]))
        if approved and approved.get("expired") else
        phrase("{number} does not reach the dates of service of this claim",
               number=str((approved or {}).get("number") or phrase("The approval"))),
        [*approval_sources, *(("claim.notice_date", "decisions[].date") if approved and approved.get("expired")
                              else ("claim.service_dates",))],
        "prior_auth.approved.quote",
        about=N_("the dates of service the approval reaches (`from:` and `through:` in prior_auth.approved)"))
    # the plan's own promise not to deny later what it authorized, applied to the claim's days inside the approval
    kept = derived.kept_authorized(data) or {}
    policy_file = get_path(data, "plan_policy.file" if kept.get("field") == "plan_policy.quote" else
                           "plan_policy.other_terms_file")
    add("authorized_days_kept", True if kept else None, plural_phrase(
        "{count} of the {total} days of care denied, {days}, falls within the period {number} authorized, and the "
        "plan's own terms say it will not later deny authorized care",
        "{count} of the {total} days of care denied, {days}, fall within the period {number} authorized, and the "
        "plan's own terms say it will not later deny authorized care", kept.get("count") or 0,
        count=Count(kept.get("count") or 0), total=Count(kept.get("total") or 0),
        days=_days(kept.get("days") or []), number=str((approved or {}).get("number") or "")),
        [kept.get("field", ""), where(policy_file) if policy_file else "", *approval_sources, "claim.service_dates"],
        "prior_auth.approved")
    beyond = (approved or {}).get("beyond") or []
    lines = [phrase("{code}: {units} approved, {given} given", code=b["code"], units=b["units"], given=b["given"])
             for b in beyond]
    # asked only where care was given under approved code lines: a Part D drug's approval has none, and care not
    # yet given has nothing to measure against it (letters set 64, case 02: a pharmacy renewal asked for its lines)
    lines_matter = get_path(data, "claim.plan_type") != "part_d" and derived.service_status(data, letter_day) != "pre"
    add("care_beyond_approval", True if beyond else (False if approved and approved["given_known"] else None),
        phrase("More was given than the approval covers: {lines}", lines=lines), approval_sources,
        "prior_auth.approved.lines",
        about=N_("whether the care given stayed within the approval (`given:` on each line of prior_auth.approved)")
        if lines_matter else "")
    first = get_path(data, "filing.first_submitted")
    add("filed_first", bool(first) or None, phrase("The claim was first submitted on {day}", day=Day(first)),
        ["filing.first_submitted", "filing.proof" if get_path(data, "filing.proof") else ""],
        "filing.first_submitted", about=N_("when the claim was first submitted, and the proof"))
    # the plan's quoted rule that a claim it asked more of keeps its first receipt date, applied to the case's dates
    kept = derived.filing_request_rule(data)
    add("filing_date_kept", kept["kept"],
        phrase("What the plan asked for on {asked} was sent on {answered}, and the claim was sent again with it on "
               "{resent}, so under its rule the claim keeps the date first received", asked=Day(kept["asked"]),
               answered=Day(kept["answered"]), resent=Day(kept["resent"])) if kept["resubmit"] else
        phrase("What the plan asked for on {asked} was sent on {answered}, within the {days} days its rule allows, so "
               "the claim keeps the date first received", asked=Day(kept["asked"]), answered=Day(kept["answered"]),
               days=Count(kept["days"] or 0)),
        ["plan_policy.quote", "filing.asked", "filing.answered", "filing.resent" if kept["resubmit"] else "",
         "filing.returned" if kept["resubmit"] and kept["returned"] else "", "filing.received",
         *(where(p) for p in derived.files_named(get_path(data, "filing.proof")))], "filing.answered",
        about=N_("when the plan asked for more information (filing.asked) and when what it asked for was sent "
                 "(filing.answered)"))
    urgency = get_path(data, "urgency.reason")
    add("urgency_reason", bool(urgency) or None,
        phrase("Waiting would put the patient at risk: {reason}", reason=_short(urgency)),
        ["urgency.reason"], "urgency.reason")
    certified = get_path(data, "urgency.certified_by")
    # with no urgency recorded there is nothing to certify: not a field the case leaves out (every sample case was
    # asked for it)
    # the certifier as the letter names them: the author by the signature's name, anyone else by name and credentials
    said = derived.certifier(data)
    add("urgency_certified", bool(certified) or (None if urgency else False),
        phrase("{who} has determined that the appeal is urgent",
               who=" ".join(str(get_path(data, "author.name") or "").split()) if said["self"] else said["name"]),
        ["urgency.certified_by"], "urgency.certified_by", about=N_("the clinician who certifies the urgency"))
    # the plan's own promise of a prompt decision on an urgent claim, in its words, where no rule of the plan type
    # gives one (set 15, case 02: an FEHB carrier's notice, "we will tell you our decision within 72 hours")
    promise = " ".join(str(get_path(data, "plan_policy.urgent_review") or "").split())
    add("plan_urgent_review", bool(promise) or None,
        phrase("The plan's own terms promise a prompt decision on an urgent claim: “{words}”", words=_short(promise)),
        ["plan_policy.urgent_review"], "plan_policy.urgent_review")
    standing = derived.author_standing(data, letter_day)
    add("author_standing", bool(standing["as"]) or None,
        phrase("The author writes as the patient's {role}", role=standing["as"]),
        ["author.relation" if get_path(data, "author.relation") else "author.role",
         "patient.date_of_birth" if standing["kind"] == "parent" else ""], "author.relation")
    anchors["author_standing"] = standing["as"]
    signed = get_path(data, "author.authorization")
    consent = standing["consent"] or "signed authorization"
    add("authorization_enclosed", bool(signed) or None, phrase("The patient's {consent} is enclosed",
                                                                consent=phrase(consent)),
        ["author.authorization", where(signed) if signed else ""], "author.authorization")
    # a provider appealing its own claim: its waiver of liability, the promise that the member owes it nothing for
    # these services whatever the outcome (set 92, case 03)
    waiver = get_path(data, "provider.waiver") if standing["kind"] == "provider" else None
    add("provider_waiver", bool(waiver) or None,
        phrase("The provider has waived any right to collect payment from the patient for these services"),
        ["provider.waiver", where(waiver) if waiver else ""], "provider.waiver")
    from appeal_kit.intake.deadlines import deemed_exhausted, final_internal_denial, later_level

    final_day = final_internal_denial(data)
    final = final_day.isoformat() if final_day else None
    # the record of the day a notice or decision was received, beside a window counted from that day
    receipt_records = [where({"file": f, "page": None})
                       for f in derived.files_named(get_path(data, "claim.notice_received.proof"))]
    if route(data) in FIRST_LEVEL_IS_THE_STATE:  # no plan appeal: the state's own notice starts the clock
        state_notice = final or get_path(data, "claim.notice_date")
        timely = (derived.next_level(data, letter_day) if state_notice else {}).get("timely")
        # with the notice's date known and no day counted, what is missing is the last day the notice gives, which
        # no rule fixes here (deadline set 02, case 19: "claim.notice_date ... not in a form the letter can read")
        add("request_timely", timely, phrase("This request is made within the time the notice of {day} allows",
                                             day=Day(state_notice)),
            ["claim.notice_date", "claim.appeal_deadline", f"rule {route(data)} first level"],
            "claim.appeal_deadline" if state_notice else "claim.notice_date",
            about=N_("the last day the notice gives for this request") if state_notice else
            N_("the date of the notice"))
    elif not final and deemed_exhausted(data, letter_day):
        # an appeal the plan never decided: the window counted from the day its time ran out (set 66, case 08); the
        # next level is worked out only then, not for every first appeal
        following = derived.next_level(data, letter_day)
        undecided = following["undecided"]
        add("appeal_undecided", True, phrase("The plan never decided the appeal sent on {sent}; its time to decide ran "
                                             "out on {due}", sent=Day(undecided["sent"]), due=Day(undecided["due"])),
            ["submissions[]", "decisions[]", f"rule {route(data)} appeal_deemed_exhausted"], "submissions[]")
        # the plan asked for more information, given on `answered` (the sending's stage says so; set 76, case 08)
        add("information_asked", bool(undecided["asked"]) or None,
            phrase("The plan asked for additional information on {asked}, and it was sent on {answered}",
                   asked=Day(undecided["asked"]), answered=Day(undecided["answered"])), ["submissions[]"],
            "submissions[]")
        add("request_timely", following["timely"],
            phrase("This request is made by {deadline}, within the time allowed counted from {day}, the day the plan "
                   "asked for additional information", deadline=Day(following["deadline"]), day=Day(undecided["asked"]))
            if undecided["after_information"] and undecided["asked"] else
            phrase("This request is made by {deadline}, within the time allowed counted from {day}, the day the "
                   "reconsideration was sent", deadline=Day(following["deadline"]), day=Day(undecided["sent"]))
            if undecided["after_information"] else
            phrase("This request is made by {deadline}, within the time allowed counted from {day}, the day the plan's "
                   "time to decide the appeal ran out", deadline=Day(following["deadline"]), day=Day(undecided["due"])),
            ["submissions[]", f"rule {route(data) or 'unknown'} next level"], "submissions[]",
            about=N_("the date of the final internal denial"))
    else:
        following = derived.next_level(data, letter_day) if final else {}
        timely = following.get("timely")
        # Original Medicare's decision before the QIC is the contractor's redetermination, not a plan's internal one;
        # past the next level (an ALJ's or an IRE's decision), neither (letters set 76, cases 01 and 03)
        add("request_timely", timely, phrase("This request is made within the time allowed after the decision of "
                                             "{day} that it appeals", day=Day(final)) if later_level(data) else
            phrase("This request is made within the time allowed after the redetermination "
                   "decision of {day}", day=Day(final)) if route(data) == "medicare" else
            phrase("This request is made within the time allowed after the final internal denial of {day}",
                   day=Day(final)), ["external_review.final_denial_date",
                                               f"rule {route(data) or 'unknown'} next level"],
            # the decision's date known and no window counted from it: the day the decision prints is what is
            # missing (deadline set 02, case 11: a Part D IRE request, the date called "not in a form")
            "decisions[].next_deadline" if final else "external_review.final_denial_date",
            about=N_("the last day the decision gives for this request") if final else
            N_("the date of the final internal denial"))
        # that decision received after its date, the window counted from that day with the record of the receipt
        # (letters set 86, case 01: a redetermination forwarded from an old address, the QIC's 180 days from receipt)
        add("request_from_receipt", True if following.get("received") and timely else None,
            phrase("The decision was received on {day}, and counted from receipt this request may be made until "
                   "{deadline}", day=Day(following.get("received")), deadline=Day(following.get("deadline"))),
            ["claim.notice_received.date", *receipt_records, f"rule {route(data) or 'unknown'} next level"],
            "claim.notice_received.date")
    # a second-level appeal made by the deadline its first-level decision gives (set 21, case 05: the plan's 60 days
    # after the first-level decision, quoted but never said to be met)
    stage = derived.appeal_stage(data)
    due = date.fromisoformat(stage["next_deadline"]) if stage["next_deadline"] else None
    add("second_level_timely", (letter_day <= due) if due else None,
        phrase("This appeal is made by {day}, the deadline for appealing the first-level decision", day=Day(due)),
        ["decisions[].next_deadline"], "decisions[].next_deadline")
    # a first appeal made by the deadline the notice or the plan type's rule gives (set 32, cases 01 and 08: never said)
    from appeal_kit.intake.deadlines import appealed_by, at_next_level, deadline_for_case

    # the deadline render.build_context worked out for the template (first_deadline), else worked out here
    if "first_deadline" in data:
        due_day = date.fromisoformat(data["first_deadline"]) if data["first_deadline"] else None
        received = data.get("receipt_counted")
    else:
        first_due = None if at_next_level(data) else deadline_for_case(data)
        due_day = first_due.date if first_due else None
        received = {"date": first_due.received_on.isoformat()} if first_due and first_due.received_on else None
    due_day = None if stage["second"] else due_day
    add("appeal_timely", (letter_day <= due_day) if due_day else None,
        phrase("This appeal is made by {day}, within the time allowed for appealing the notice", day=Day(due_day)),
        ["claim.appeal_deadline" if get_path(data, "claim.appeal_deadline") else "claim.notice_date",
         "claim.deadline_basis" if get_path(data, "claim.deadline_basis") else f"rule {route(data) or 'unknown'}"],
        "claim.notice_date")
    # that deadline counted by its rule from the day the notice was received, with the record of the receipt: the
    # deadline's reason, beside a notice whose own date would have given an earlier one (letters set 76, case 05)
    add("appeal_from_receipt", True if received and due_day else None,
        phrase("The notice was received on {day}, and the appeal window runs from receipt",
               day=Day(received["date"] if received else None)),
        ["claim.notice_received.date", *receipt_records, f"rule {route(data) or 'unknown'}"],
        "claim.notice_received.date")
    # that deadline is the rule's, and the notice states a shorter window of its own: the rule's window and its
    # citation are the deadline's reason (letters set 97, case 07: the EOB's 60 days beside the rule's 180)
    short = data["notice_short"] if "notice_short" in data else derived.notice_window_short(data, due_day)
    add("notice_window_short", True if short and due_day else None,
        phrase("The rules allow {days} days to appeal; the notice states {stated} days, which is shorter",
               days=short["days"] if short else 0, stated=short["stated"] if short else 0),
        ["claim.notice_window", f"rule {route(data) or 'unknown'}"], "claim.notice_window")
    # the same appeal made after that deadline: the letter asks for more time for good cause, never says it is timely
    # (set 72, case 03: a redetermination filed after the 120 days, the good-cause statement enclosed); an appeal
    # already sent by then (a reconsideration never decided, asked on again) is not late (set 72, case 02)
    filed_in_time = bool(due_day and appealed_by(data, due_day))
    # a Medicare Advantage reconsideration never decided, asked for by the last day to ask for it (set 72, case 02)
    overdue = data["ire_overdue"] if "ire_overdue" in data else derived.ire_overdue(data, letter_day)
    in_time = overdue["by"] if overdue else None
    add("reconsideration_in_time", True if in_time else None,
        phrase("The appeal was asked for on {sent}, by {day}, the last day to ask for it",
               sent=Day(overdue["sent"]), day=Day(in_time)) if overdue and in_time else None,
        ["submissions[]", "claim.appeal_deadline" if get_path(data, "claim.appeal_deadline") else "claim.notice_date",
         "claim.deadline_basis" if get_path(data, "claim.deadline_basis") else f"rule {route(data) or 'unknown'}"],
        "submissions[]")
    add("appeal_late", (letter_day > due_day and not filed_in_time) if due_day else None,
        phrase("This appeal is made after {day}, the deadline for appealing the notice", day=Day(due_day)),
        ["claim.appeal_deadline" if get_path(data, "claim.appeal_deadline") else "claim.notice_date",
         "claim.deadline_basis" if get_path(data, "claim.deadline_basis") else f"rule {route(data) or 'unknown'}",
         "late_filing.reason" if get_path(data, "late_filing.reason") else "",
         *(where(p) for p in derived.files_named(get_path(data, "late_filing.proof")))], "claim.notice_date")
    labelled = derived.spravato_labelled_use(data, trials)
    add("labelled_use", bool(labelled), phrase(
        "Spravato is prescribed for a use on its FDA label: major depression after two or more failed adequate "
        "antidepressant trials") if labelled == "trd" else phrase(
        "Spravato is prescribed for a use on its FDA label: major depression with acute suicidal ideation or "
        "behaviour"),
        ["claim.diagnosis_codes", *(row_sources(meds) if labelled == "trd" else ["clinical.suicidality"])],
        "clinical.history")
    # the lower level of care the denial named, not there when the step down was due (derived.lower_levels)
    known = data.get("lower_levels")  # with each record's exhibit once the letter is rendered
    levels: list[dict[str, Any]] = known if isinstance(known, list) else derived.lower_levels(data)
    # a level with no place for the patient: its first opening came after the care began, or the reason given says
    # so; a reason that the level would not do (set 23's review, case 05: a step-down that drops the skills group) is
    # no unavailability, and is answered by the alternatives block
    unavailable = [r for r in levels if r["after_first"] or _NO_PLACE.search(str(r["why_not"] or ""))]
    add("lower_level_unavailable", True if unavailable else (False if levels else None),
        phrase("The lower level of care was not available: {names}",
               names=[str(r["name"] or r["level"]) for r in unavailable]),
        [f"alternatives {_rows([r['row'] for r in unavailable])}" if unavailable else "",
         *(r.get("where") or "" for r in unavailable)], "alternatives",
        # "any": a continued-stay denial may judge criteria without naming a level (letters set 48, case 02)
        about=N_("any lower level of care the plan points to instead: its first opening, or why it could not take "
                 "the patient (alternatives: level, name, first_opening, why_not, proof)"))
    # a lower level the case says will not do for another reason (tried and worsened in, too little care): the
    # denial's own lower level answered in the case's words (letters set 44, case 02: an IOP she worsened in, dropped
    # because it had no first opening), where no level is unavailable (that paragraph gives every level's reason)
    answered = [r for r in levels if r["why_not"]]
    add("lower_level_answered", bool(answered and not unavailable) or None,
        phrase("Why the lower level of care will not do: {names}",
               names=[str(r["name"] or r["level"]) for r in answered]),
        [f"alternatives {_rows([r['row'] for r in answered])}" if answered else "",
         *(r.get("where") or "" for r in answered)], "alternatives")
    # the plan of care at the level asked for, with its step-down: what a level-of-care reviewer weighs (set 44,
    # cases 02 and 05: the hours, the reviews and when to step down, in treatment.plan and never said)
    add("care_plan", bool(levels or "level_of_care" in reasons_here) and not is_blank(get_path(data, "treatment.plan"))
        or None, phrase("The plan of care at this level is recorded"), ["treatment.plan"], "treatment.plan")
    # the prescriber's plan for a course still to be decided, with its dose, monitoring and when to stop: what a
    # reviewer weighs for medical necessity (letters set 54, case 05: "stop if MADRS falls by less than 25% after
    # infusion 4", in treatment.plan and never said)
    add("treatment_plan_given", not is_blank(get_path(data, "treatment.plan")) or None,
        phrase("The treating clinician's plan for the treatment is recorded"), ["treatment.plan"], "treatment.plan")
    alternatives = [a for a in get_path(data, "alternatives") or [] if isinstance(a, dict)]
    add("alternatives_answered", bool(alternatives) or None,
        phrase("Why each alternative will not do: {names}", names=[str(a.get("treatment")) for a in alternatives]),
        [f"alternatives {_rows(list(range(1, len(alternatives) + 1)))}" if alternatives else ""], "alternatives")
    impact = {k: get_path(data, f"impact.{k}") for k in ("hospitalizations", "relapse", "work", "daily_life")}
    for topic, v in impact.items():
        add(f"impact_{topic}", not is_blank(v) or None,
            phrase(IMPACT[topic], text=_short(join_and(v))), [f"impact.{topic}"], f"impact.{topic}")

    comparator = get_path(data, "plan_policy.comparator.quote")
    add("comparator_quoted", not is_blank(comparator) or None,
        phrase("The plan's own {policy} covers a medical or surgical use: “{quote}”",
               policy=get_path(data, "plan_policy.comparator.name") or phrase("policy"), quote=_short(comparator)),
        ["plan_policy.comparator.quote",
                                   where(get_path(data, "plan_policy.comparator.file"))
                                   if get_path(data, "plan_policy.comparator.file") else ""],
        "plan_policy.comparator")

    quote = get_path(data, "plan_policy.quote")
    quote_name = get_path(data, "plan_policy.name")
    # Original Medicare and fee-for-service Medicaid or CHIP have no plan: the words are the rule the denial applies
    no_plan = route(data) in ("medicare", *FIRST_LEVEL_IS_THE_STATE)
    add("plan_quoted", not is_blank(quote) or None,
        (phrase("The words of {name}: “{quote}”", name=str(quote_name), quote=_short(quote)) if no_plan else
         phrase("The plan's own words in {name}: “{quote}”", name=str(quote_name), quote=_short(quote)))
        if not is_blank(quote_name) else
        (phrase("The words of the rule the denial applies: “{quote}”", quote=_short(quote)) if no_plan else
         phrase("The plan's own words: “{quote}”", quote=_short(quote))),
        ["plan_policy.quote", where(get_path(data, "plan_policy.file")) if get_path(data, "plan_policy.file") else ""],
        "plan_policy.quote")
    exception = get_path(data, "plan_policy.exception")
    add("exception_quoted", not is_blank(exception) or None,
        phrase("The plan's own exception provision reads: “{quote}”", quote=_short(exception)),
        ["plan_policy.exception",
         where(get_path(data, "plan_policy.file")) if get_path(data, "plan_policy.file") else ""],
        "plan_policy.exception")
    # the prescriber's supporting statement a Part D exception rests on (42 CFR 423.578(b)), and the denial's own words
    # saying the prescriber gave none (set 16, case 01: "The prescriber did not provide information ...")
    statement = get_path(data, "prescriber_statement")
    statement = statement if isinstance(statement, dict) else {}
    add("prescriber_statement_given", True if not is_blank(statement.get("quote")) else None,
        phrase("The prescriber's supporting statement of {day} reads: “{quote}”", day=Day(statement.get("date")),
               quote=_short(statement.get("quote"))),
        ["prescriber_statement.quote", "prescriber_statement.date",
         where(statement["file"]) if statement.get("file") else ""], "prescriber_statement.quote")
    refused = " ".join(str(w or "") for w in (get_path(data, "claim.denial_reason"),
                                              derived.appeal_stage(data)["latest_reason"]))
    add("denial_no_statement", True if _NO_STATEMENT.search(refused) else None,
        phrase("The denial says the prescriber did not provide the information an exception needs"),
        ["decisions" if get_path(data, "decisions") else "claim.denial_reason", denial_where], "claim.denial_reason")
    # the extension of an approval the plan's own terms allow for the dates of service it does not reach (set 17, case
    # 07: SPD 6.4 quoted, never asked for in so many words), the request's window from the dates, and whether the
    # decision said a word about it
    ext = derived.extension_request(data, letter_day) or {}
    policy_file = get_path(data, "plan_policy.file")
    ext_terms = [ext["field"], where(policy_file) if policy_file else ""] if ext else []
    asked_about = N_("when the extension of the approval was asked for (prior_auth.approved.extension_asked)") \
        if ext.get("before_end") else ""
    add("approval_extension", (not ext["before_end"] or ext["asked_in_time"]) if ext else None,
        phrase("The plan's own terms provide for extending {approval}, for the dates of service it does not reach: "
               "{days}",
               approval=ext.get("approval", ""), days=_days(ext.get("dates") or [])),
        [*ext_terms, "prior_auth.approved", "claim.service_dates"],
        "prior_auth.approved.extension_asked" if ext.get("before_end") else "prior_auth.approved", about=asked_about)
    add("extension_in_time", ext.get("in_time"),
        phrase("The extension is asked for within {count} days of each date of service: the time for the earliest "
               "runs until {day}", count=Count(ext.get("days") or 0), day=Day(ext.get("deadline"))),
        [*ext_terms, "claim.service_dates"], "claim.service_dates")
    asked_field = ext.get("asked_field") or "prior_auth.approved.extension_asked"
    add("extension_asked_before_end", ext.get("asked_in_time"),
        phrase("The extension was asked for on {day}, before the approval's end date, {end}", day=Day(ext.get("asked")),
               end=Day(ext.get("end"))),
        [asked_field, *ext_terms, "prior_auth.approved"], asked_field,
        about=asked_about)
    add("extension_not_decided", (not ext["decided"]) if ext else None,
        phrase("The decision of {day} does not mention an extension", day=Day(ext.get("decision_date"))),
        ["decisions" if get_path(data, "decisions") else "claim.denial_reason", *ext_terms], "claim.denial_reason")
    rule = derived.medicare_coverage(data)
    add("medicare_rule_quoted", bool(rule.get("quote")) or None,
        phrase("Medicare's own coverage criteria in {name}: “{quote}”", name=str(rule.get("label") or ""),
               quote=_short(rule.get("quote"))),
        ["medicare_coverage.quote", where(rule["file"]) if rule.get("file") else ""], "medicare_coverage.quote")
    # a rule that counts an augmentation trial as a medication trial, quoted, and the history holds one
    counting = derived.augmentation_rule(data)
    n_aug, n_meds = trials.get("augmentation", 0), trials.get("medication", 0)
    add("augmentation_counted", (n_aug > 0) if counting else None,
        phrase("{rule} counts augmentation as a trial, so the history shows {count} medication trials",
               rule=str(counting.get("label") or ""), count=Count(n_aug + n_meds)),
        [counting.get("field", ""), *(where(get_path(data, f"{g}.file")) for g in ("medicare_coverage", "plan_policy")
                                      if counting and get_path(data, f"{g}.file")),
         *row_sources(counted["medication"] + counted["augmentation"])], "plan_policy.augmentation_counts")
    fix = get_path(data, "corrected_claim.lines")
    fix_file = get_path(data, "corrected_claim.file")
    add("claim_corrected", bool(fix) or None,
        plural_phrase("The corrected claim reports {count} line", "The corrected claim reports {count} lines",
                      len(fix) if isinstance(fix, list) else 0, count=Count(len(fix) if isinstance(fix, list) else 0)),
        ["corrected_claim.lines", where(fix_file) if fix_file else ""], "corrected_claim")
    # when the corrected claim was sent and accepted: the answer to a decision that says none was received
    fixed = derived.correction_status(data)
    shown = where(fix_file) if fix_file else ""
    # unknown while not given: `check` asks for the date where the decision says no corrected claim was received
    add("corrected_claim_sent", True if fix and fixed["sent"] else None,
        phrase("The corrected claim was sent on {day}", day=Day(fixed["sent"])), ["corrected_claim.sent", shown],
        "corrected_claim.sent", about=N_("when the corrected claim was sent and accepted, which the decision says "
                                         "never arrived (corrected_claim.sent, .accepted, .reference)")
        if fixed["denied_received"] and fix else "")
    # the records that show it was sent and accepted (a clearinghouse report, the plan's acknowledgment), not the
    # corrected claim itself (set 21, case 05: "accepted (277CA ...), as Exhibit F shows", F being the claim)
    proofs = [where(p) for p in derived.files_named(get_path(data, "corrected_claim.proof"))]
    add("corrected_claim_accepted", True if fix and fixed["accepted"] else None,
        phrase("The corrected claim was accepted on {day}", day=Day(fixed["accepted"])),
        ["corrected_claim.accepted", "corrected_claim.reference" if fixed["reference"] else "", *proofs],
        "corrected_claim.accepted")
    add("corrected_claim_in_time", fixed["in_time"], phrase(
        "The corrected claim was sent by {day}, the date the plan's own corrected-claim rule gives",
        day=Day(fixed["deadline"])), ["corrected_claim.sent", "corrected_claim.deadline", "plan_policy.quote"],
        "corrected_claim.deadline")
    add("decision_denies_correction", fixed["denied_received"] or None,
        phrase("The decision says that no corrected claim was received"),
        ["decisions[].reason" if derived.appeal_stage(data)["latest_reason"] else "claim.denial_reason"],
        "claim.denial_reason")
    option = derived.plan_option(data)
    add("option_pays_out_of_network", option["pays"] or None,
        phrase("The patient is enrolled in {option}, which pays for out-of-network care", option=option["name"]),
        ["plan_option", *(where(p) for p in option["proof"])], "plan_option")
    limit = derived.benefit_limit(data)
    add("limit_not_exceeded", limit["within"],
        phrase("The plan's terms set the limit only for members aged {ages}, and the patient is {age} years old",
               ages=limit["ages"], age=str(limit["age"])) if limit["outside_ages"] else
        # a limit counted by the year: the year's count toward it, not what this claim billed (letters set 52, 04)
        phrase("The count toward the limit ({course} {unit}, as the plan's terms count them) does not exceed the "
               "limit of the plan's current terms", course=str(limit["course"] or ""), unit=limit["course_unit"])
        if limit["yearly"] else
        phrase("The course billed ({course} {unit}) does not exceed the limit of the plan's current terms",
               course=str(limit["course"] or ""), unit=limit["course_unit"]),
        ["plan_policy.limit", "plan_policy.quote", *(["patient.date_of_birth"] if limit["outside_ages"] else [])],
        "plan_policy.limit",
        about=N_("whether the course billed goes beyond the limit the plan's current terms set"))
    # the plan's own count, by kind, with the kinds its terms do not count (set 25, case 04)
    # the records' count, never called the plan's; the plan's own is only the count it printed (set 54, case 01)
    add("limit_counted", True if limit["counted"] else None,
        phrase("Counted by kind from the records, the care comes to {counted}", counted=limit["counted_words"]),
        ["plan_policy.limit.counted", where(limit["counted_file"]) if limit["counted_file"] else "",
         *(where({"file": r["file"], "page": r["page"]}) for r in limit["counted"] if r["file"])],
        "plan_policy.limit.counted")
    printed = limit["printed"]
    breakdown = f" ({printed['as']})" if printed and printed["as"] else ""  # outside phrase(): babel reads its calls
    add("limit_printed", True if printed else None,
        phrase("The plan's own count toward the limit, as it printed it, is {count}{breakdown}",
               count=str(printed["count"]), breakdown=breakdown) if printed else None,
        ["plan_policy.limit.printed", where({"file": printed["file"], "page": printed["page"]})
         if printed and printed["file"] else ""], "plan_policy.limit.printed")
    # the course counted within the period the plan's terms count the limit in (plan_policy.limit.period: set 22,
    # case 02, a Plan Year from July 1 where the denial counted by calendar year)
    period = limit["period"]
    add("limit_period", period["holds"], phrase(
        "Every date of service falls in the {period} that began on {start}", period=str(period["name"] or ""),
        start=Day(period["start"])), ["plan_policy.limit.period", "plan_policy.limit.period_start",
                                      "claim.service_dates", "plan_policy.quote"], "plan_policy.limit.period")
    # the limit applied comes from terms that no longer governed on any date of service (plan_policy.limit.source:
    # set 21, case 07, the 2025 benefit grid applied to 2026 visits)
    source = limit["source"]
    add("limit_superseded", True if source["superseded"] and limit["applied"] else source["superseded"],
        phrase("The limit of {applied} {unit} the denial applied comes from {name}, terms that governed through "
               "{through}, before every date of service", applied=str(limit["applied"] or ""), unit=limit["unit"],
               name=str(source["name"] or ""), through=Day(source["through"])),
        ["plan_policy.limit.applied", "plan_policy.limit.source.name",
         "plan_policy.limit.source.through" if get_path(data, "plan_policy.limit.source.through")
         else "plan_policy.limit.source.year", "claim.service_dates",
         *(where({"file": f, "page": source["page"]}) for f in source["files"])], "plan_policy.limit.source")
    section = derived.policy_section(data)
    add("wrong_section", section["wrong"] or None, phrase(
        "The denial applied {applied}; the use requested is governed by {requested}", applied=section["applied"],
        requested=section["requested"]), ["plan_policy.section", *(where(p) for p in section["proof"])],
        "plan_policy.section")  # no `about`: a letter whose case names no section is not missing one
    started = derived.new_start(data)
    add("not_new_start", started["not_new"], phrase(
        "The treatment requested was given on {days}, within the {lookback} days the plan's step-therapy rule looks "
        "back from {since}", days=Days(tuple(d["date"] for d in started["within"])),
        lookback=str(started["lookback"] or ""), since=Day(started["since"])) if started["within"] else None,
        ["treatment.earlier_doses", "plan_policy.step_lookback_days",
         *(where(d["file"]) for d in started["within"] if d["file"])],
        "treatment.earlier_doses")  # no `about`: check asks for the doses where the plan's terms speak of new starts
    other_terms = get_path(data, "plan_policy.other_terms")
    # the later terms that replaced an exclusion are quoted where the letter says so: the same words held in
    # other_terms too are not quoted a second time (letters set 19, case 04 with both filled)
    superseding = derived.superseded_exclusion(data)
    said_as_superseding = bool(superseding["governs"] and superseding["quote"] and not is_blank(other_terms) and (
        _plain_words(other_terms) in _plain_words(superseding["quote"])
        or _plain_words(superseding["quote"]) in _plain_words(other_terms)))
    # the structured plan terms the letter applies, quoted where it applies them (a definition's tests, a precedence
    # clause): other terms that hold the same words are not quoted a second time
    clause = data.get("precedence") or derived.precedence_clause(data)
    listing = data.get("plan_list") or derived.plan_list(data)
    defined = data.get("plan_definition") or derived.plan_definition(data, letter_day)
    carriers = [*([defined["name"], defined["quote"], *(f"{t['label']} {t['words'] or ''}" for t in defined["tests"])]
                  if defined["given"] else []),
                *([clause["name"], clause["quote"]] if clause["holds"] else []),
                *([listing["name"], listing["entry"]] if listing["holds"] else [])]
    said_as_superseding = said_as_superseding or derived.other_terms_carried(data, carriers)
    add("other_terms_quoted", None if is_blank(other_terms) else not said_as_superseding,
        phrase("The plan's other terms read: “{quote}”", quote=_short(other_terms)),
        ["plan_policy.other_terms",
         *(where(f) for f in derived.files_named(get_path(data, "plan_policy.other_terms_file")))],
        "plan_policy.other_terms")

    later = data["new_records"] if "new_records" in data else derived.records_after_decision(data)
    fresh = later["records"]
    said = {"count": Count(len(fresh)), "day": Day(later["decided"]),
            "files": [where(r["file"]) or r["file"] for r in fresh]}
    came = {"released": plural_phrase(
        "{count} record released after the decision of {day} was not before its reviewer: {files}",
        "{count} records released after the decision of {day} were not before its reviewer: {files}", len(fresh),
        **said),
        "unsent": plural_phrase(
            "{count} record never sent to the plan before the decision of {day} was not before its reviewer: {files}",
            "{count} records never sent to the plan before the decision of {day} were not before its reviewer: {files}",
            len(fresh), **said),
        "mixed": plural_phrase(
            "{count} record dated or released after the decision of {day}, or never sent before it, was not before its "
            "reviewer: {files}",
            "{count} records dated or released after the decision of {day}, or never sent before it, were not before "
            "its reviewer: {files}", len(fresh), **said)}.get(later["came"]) or plural_phrase(
        "{count} record dated after the decision of {day} was not before its reviewer: {files}",
        "{count} records dated after the decision of {day} were not before its reviewer: {files}", len(fresh), **said)
    add("new_records", bool(fresh) if later["known"] else None, came,
        ["record_dates", "decisions[].date" if derived.appeal_stage(data)["latest_date"] else "claim.notice_date",
         *(where(r["file"]) for r in fresh), *row_sources(later["rows"])], "record_dates")
    # what the new records are the record for: the criteria rows that cite them as evidence are the source of the
    # count the letter says ("It is the record for two of the criteria in the table above": letters set 99, case 05,
    # where `check` found no source for "two" and asked for it in claim.notice_date)
    cited = later.get("criteria_rows") or []
    # records that answer only the decision's words are said to, never "the record for no ... criteria" (letters set
    # 102, case 08's claims report)
    add("new_records_cited", bool(fresh and (cited or later.get("corrected"))) or None, plural_phrase(
        "{files}: the record for {count} of the plan's criteria", "{files}: the records for {count} of the plan's "
        "criteria", len(fresh), files=said["files"], count=Count(len(cited))) if cited else plural_phrase(
        "{files}: the record for the decision's words corrected", "{files}: the records for the decision's words "
        "corrected", len(fresh), files=said["files"]),
        [*([f"payer_criteria {_rows(cited)}"] if cited else []), *(where(r["file"]) for r in fresh)], "payer_criteria")
    # records the plan had when it decided, with the proof they were sent (set 22, case 08)
    sent = derived.records_sent(data)
    add("records_sent_before", True if sent else None, plural_phrase(
        "{count} record was sent to the plan before the decision of {day}: {files}",
        "{count} records were sent to the plan before the decision of {day}: {files}", len(sent),
        count=Count(len(sent)), day=Day(later["decided"]), files=[where(r["file"]) or r["file"] for r in sent]),
        ["record_dates", *(where(r["file"]) for r in sent), *(where(r["proof"]) for r in sent)],
        "record_dates")
    stage = derived.appeal_stage(data)
    add("decision_quoted", bool(stage["decision_reason"]) or None,
        phrase("The first-level decision of {day} says: “{quote}”", day=Day(stage["decision_date"]),
               quote=_short(stage["decision_reason"])),
        ["decisions[].reason", "decisions[].date"], "decisions[].reason")
    add("latest_decision_quoted", bool(stage["latest_reason"]) or None,
        phrase("The decision of {day} says: “{quote}”", day=Day(stage["latest_date"]),
               quote=_short(stage["latest_reason"])) if stage["latest_date"] else
        phrase("The latest decision says: “{quote}”", quote=_short(stage["latest_reason"])),
        ["decisions[].reason", "decisions[].date"], "decisions[].reason")

    # -- the denial's own words --------------------------------------------------------------------------------
    texts = {k: get_path(data, k) for k in DENIAL_WORDS}
    named = derived.criteria_named(data)
    add("policy_copy_asked", bool(named) or None, phrase("The denial relies on {names}", names=named),
        ["claim.denial_reason", "plan_policy.name"], "plan_policy.name")
    naming = criteria_named_in(data)
    has_text = any(not is_blank(v) for v in texts.values())
    add("names_criteria", bool(naming) if has_text else None,
        phrase("The denial or the plan text names criteria or a policy"), naming, "claim.denial_reason")
    # a later decision that states a requirement unmet names it as much as the first notice does (set 28, case 06:
    # the redetermination's "no physician certification ... found", "do not show ... 20 hours per week")
    decision_names = any(_CRITERIA.search(str(d.get("reason") or "")) or d.get("corrections")
                         for d in get_path(data, "decisions") or [] if isinstance(d, dict))
    add("names_no_criteria", (not naming and not decision_names) if has_text else None,
        phrase("The denial names no criteria or policy"), [k for k, v in texts.items() if v], "claim.denial_reason")
    add("decision_names_unmet", bool(decision_names) or None,
        phrase("A later decision states what it found unmet"), ["decisions[].reason"], "decisions[].reason")
    names = derived.exclusion_names_treatment(data)  # None when nothing is quoted
    named = ["plan_policy.quote"] if names else []
    add("exclusion_names_treatment", names,
        phrase("The quoted exclusion names the treatment itself"), named, "plan_policy.quote")
    add("exclusion_silent_on_treatment", None if names is None else not names,
        phrase("The quoted plan language does not name the treatment"), ["plan_policy.quote", "treatment.name"],
        "plan_policy.quote")
    # the plan's own definition with alternative tests, structured (plan_policy.definition): each test the case answers
    # is said not met, in a sentence of its own with its source, the others asked of the plan; it takes the place of
    # reading the quoted definition for a test of FDA approval (fda_test_fails, fda_test_answered)
    definition = data.get("plan_definition") or derived.plan_definition(
        data, letter_day, arguments.indication(data, data.get("indication")), data.get("labelled_use"))
    structured = definition["given"]
    literature = get_path(data, "literature") if isinstance(get_path(data, "literature"), list) else []
    reasons_now = arguments.denial_reasons(data)
    defined_elsewhere = not structured and "experimental_investigational" in reasons_now and any(
        derived._DEFINES_LABEL.search(str(get_path(data, k) or "")) for k in ("plan_policy.other_terms",
                                                                          "plan_policy.quote"))
    def_where = where({"file": definition["files"][0], "page": definition["page"]}) if definition["files"] else ""
    def_name = definition["name"] or phrase("the plan's definition")
    add("definition_given", True if structured else None,
        plural_phrase("{name} makes a treatment experimental or investigational by {count} alternative test",
                      "{name} makes a treatment experimental or investigational by {count} alternative tests",
                      len(definition["tests"]), name=def_name, count=Count(len(definition["tests"]))),
        ["plan_policy.definition.tests", "plan_policy.definition.name", def_where], "plan_policy.definition",
        about=N_("the plan's definition of experimental or investigational, its alternative tests and what the case "
                 "answers each with (plan_policy.definition: name, quote, file, tests)") if defined_elsewhere else "")
    for test in definition["tests"]:
        answer_sources: list[str] = []
        if test["fda"]:
            answer_sources = ["treatment.fda.action", "treatment.fda.date",
                              where({"file": test["fda"]["file"], "page": test["fda"]["page"]})
                              if test["fda"]["file"] else ""]
        elif test["drug"]:
            answer_sources = ["treatment.name"]
        answer_sources += [where({"file": f, "page": test["page"]}) for f in test["files"]]
        keys = [k["key"] if isinstance(k, dict) else k for k in test["refs"]]
        answer_sources += [f"literature row {i}" for i, entry in enumerate(literature, start=1)
                           if isinstance(entry, dict) and str(entry.get("id") or "") in keys]
        row = f"plan_policy.definition.tests row {test['n']}"
        add(f"definition_test_{test['n']}", test["unmet"],
            phrase("Test {label} of {name} is not met: {answer}", label=test["label"], name=def_name,
                   answer=phrase(TEST_ANSWERS.get(test["answer"], ""))),
            [row, def_where, *answer_sources], f"{row}.answer",
            about=phrase("what answers test {label} of the plan's definition (plan_policy.definition.tests row {n}: "
                         "answer, with its file or literature); until then the letter asks the plan whether it "
                         "applied that test", label=test["label"], n=test["n"]))
    add("definition_unmet", definition["all_unmet"],
        phrase("None of the tests of {name} is met", name=def_name),
        ["plan_policy.definition.tests", def_where], "plan_policy.definition.tests")
    fda_tests = [f"definition_test_{t['n']}" for t in definition["tests"] if t["unmet"] and t["answer"] in ("fda",
                                                                                                          "fda_use")]
    add("definition_fda_unmet", True if fda_tests else None,
        phrase("The FDA's approval or clearance answers the definition's test of it"),
        [s for i in fda_tests for s in facts[i].sources], "plan_policy.definition.tests")
    # the plan's clause on which of its documents governs (plan_policy.precedence): the governing document's terms
    # decide, and the ground the denial took from the other one is not among them where the case says so (`ground`)
    clause_where = [where({"file": f, "page": clause["page"]}) for f in clause["files"]]
    clause_name = clause["name"] or phrase("the plan's terms")
    precedent = re.compile(r"\b(?:governs?|prevails?|takes? precedence)\b", re.I)
    add("terms_govern", True if clause["holds"] else None,
        phrase("Under {name}, {governs} governs over {over}", name=clause_name,
               governs=str(clause["governs"] or ""), over=str(clause["over"] or "")),
        ["plan_policy.precedence.quote", "plan_policy.precedence.governs",
         "plan_policy.precedence.over" if get_path(data, "plan_policy.precedence.over") else "plan_policy.name",
         *clause_where], "plan_policy.precedence",
        about=N_("the plan's clause on which of its documents governs where they differ, and what it governs over "
                 "(plan_policy.precedence: name, quote, file, governs, over, ground)")
        if any(precedent.search(str(get_path(data, k) or "")) for k in ("plan_policy.other_terms",)) else "")
    add("policy_ground_outside", True if clause["holds"] and clause["ground"] else None,
        phrase("The ground the denial took from {over}, “{ground}”, is not among the terms of {governs}",
               over=str(clause["over"] or ""), ground=_short(clause["ground"]), governs=str(clause["governs"] or "")),
        ["plan_policy.precedence.ground", "plan_policy.precedence.governs", *clause_where],
        "plan_policy.precedence.ground")
    # the revision of Medicare's rule the decision applied, retired before every date of service (set 54, case 04)
    retired = derived.medicare_replaced(data)
    add("medicare_rule_replaced", True if retired["holds"] else None,
        phrase("{name}, which the decision applied, governed only through {day}, before every date of service",
               name=retired["name"], day=Day(retired["through"])) if retired["holds"] else None,
        ["medicare_coverage.replaced", "claim.service_dates",
         *(where({"file": f, "page": retired["page"]}) for f in retired["files"])], "medicare_coverage.replaced")
    # the policy version in force on the dates of service (plan_policy.in_force): under the plan's own clause it
    # decides the claim, not the later revision the denial applied (set 41, case 05)
    version = data.get("in_force") or derived.version_in_force(data)
    version_where = [where({"file": f, "page": version["page"]}) for f in version["files"]]
    add("earlier_version_governs", True if version["holds"] else False if version["outside"] else None,
        phrase("Every date of service falls while {name} was in force, and under {rule} that version decides the "
               "claim", name=str(version["name"] or ""), rule=version["rule"] or phrase("the plan's terms")),
        [*(f"plan_policy.in_force.{k}" for k in ("name", "quote", "from", "through", "applied_from")
           if not is_blank(get_path(data, f"plan_policy.in_force.{k}"))), "claim.service_dates", *version_where,
         *(where({"file": f, "page": version.get("text_page")}) for f in version.get("text_files") or [])],
        "plan_policy.in_force")
    # the criteria the plan's own document requires for the decision (plan_policy.required_criteria), and the other
    # criteria the denial applied (set 21, case 06: SPD 7.6 requires The ASAM Criteria; the denial applied
    # CP-SUD-RES-3). Asked for where the plan's quoted terms name criteria the denial's own words do not
    mandated = data.get("required") or derived.required_criteria(data)
    mandated_where = [where({"file": f, "page": mandated["page"]}) for f in mandated["files"]]
    add("criteria_required", True if mandated["holds"] else None,
        phrase("{source}, the plan's own terms, require {name}", source=str(mandated["source"] or ""),
               name=str(mandated["name"] or "")),
        ["plan_policy.required_criteria.source", "plan_policy.required_criteria.name", *mandated_where],
        "plan_policy.required_criteria",
        about=N_("the criteria the plan's own terms require for this decision, and the criteria the denial applied "
                 "instead (plan_policy.required_criteria: name, source, file, page, applied)")
        if derived.criteria_mandated_unanswered(data) else "")
    add("other_criteria_applied", True if mandated["other_applied"] else None,
        phrase("The denial applied {applied}, not {name}", applied=str(mandated["applied"] or ""),
               name=str(mandated["name"] or "")),
        ["plan_policy.required_criteria.applied",
         "decisions[].reason" if derived.appeal_stage(data)["latest_reason"] else "claim.denial_reason"],
        "plan_policy.required_criteria.applied")
    # a list of the plan's own that names the treatment (plan_policy.listed): by the plan's own document it is what
    # the list makes it. Asked for where other terms name the treatment and no such list is given (set 19, case 07)
    # (not where other terms are already applied as later terms or a definition, nor where the quoted exclusion names
    # the treatment itself: later terms that replaced it are what to ask for then, set 19, case 04)
    # nor where the case applies those terms itself (other_terms_apply): they are argued as what they are, a benefit
    # change notice or a continuity clause, not a list (letters set 57, case 08: a notice that moved the drug to the
    # pharmacy benefit, "plan_policy.listed" asked for)
    names_it = not is_blank(other_terms) and derived._names_treatment(str(other_terms), data) and not (
        said_as_superseding or derived.exclusion_names_treatment(data)) and \
        is_blank(get_path(data, "plan_policy.other_terms_apply"))
    # a Part D plan's own transition terms, applied by the case to a new member already taking the drug: the
    # temporary supply they give is asked for now (set 37, case 05)
    add("transition_supply_owed", True if derived.transition_supply(data)["holds"] else None,
        phrase("The plan's terms give a new member a temporary supply of a drug already taken, and the case applies "
               "them to the patient"), ["plan_policy.other_terms", "plan_policy.other_terms_apply",
                                         *([where({"file": terms_file})] if (terms_file := get_path(
                                             data, "plan_policy.other_terms_file")) else [])],
        "plan_policy.other_terms_apply")
    add("plan_lists_treatment", True if listing["holds"] else None,
        phrase("{name}, the plan's own document, names the treatment as {what}", name=str(listing["name"] or ""),
               what=str(listing["as"] or "")),
        ["plan_policy.listed.entry", "plan_policy.listed.as",
         *(where({"file": f, "page": listing["page"]}) for f in listing["files"])], "plan_policy.listed",
        about=N_("a list of the plan's own that names the treatment, and what it makes it (plan_policy.listed: "
                 "name, entry, file, page, as)") if names_it else "")
    fda_approved = None if structured else derived.fda_test_fails(
        data, arguments.indication(data, data.get("indication")))
    add("fda_test_fails", True if fda_approved else None,
        phrase("The quoted definition's test of FDA approval does not apply: {drug} is FDA-approved",
               drug=str(fda_approved)), ["plan_policy.quote", "treatment.name"], "plan_policy.quote")
    # the FDA's own approval or clearance the case records: an experimental denial is answered with it
    action = derived.fda_action(data, letter_day)
    recorded = [where({"file": action["file"], "page": action["page"]})] if action and action["file"] else []
    add("fda_action", True if action else None,
        {"approved": phrase("The FDA approved {what} ({day})", what=action["what"], day=Day(action["date"])),
         "cleared": phrase("The FDA cleared {what} ({day})", what=action["what"], day=Day(action["date"])),
         "de_novo": phrase("The FDA granted {what} marketing authorization through its De Novo classification ({day})",
                           what=action["what"], day=Day(action["date"]))}[action["action"]] if action else None,
        ["treatment.fda.action", "treatment.fda.date", *recorded], "treatment.fda",
        about=N_("the FDA's approval or clearance of the treatment, with its date and the use and ages it covers "
                 "(treatment.fda: action, date, use, ages, file)")
        if "experimental_investigational" in arguments.denial_reasons(data)
        and arguments.indication(data, data.get("indication")) not in derived.FDA_APPROVED else "")
    stale = derived.policy_reviewed_before_fda(data)
    add("policy_predates_fda", True if stale and action else None,
        phrase("The policy was last reviewed in {month}, before the FDA's action of {day}",
               month=Day(stale["reviewed"].strftime("%Y-%m")), day=Day(stale["fda"])) if stale else None,
        ["plan_policy.quote", "plan_policy.name", "treatment.fda.date"], "plan_policy.quote")
    add("fda_test_answered", None if structured else derived.fda_test_answered(data, letter_day),
        phrase("The FDA action recorded answers the quoted definition's test of FDA approval or clearance"),
        ["plan_policy.quote", "treatment.fda.action", "treatment.fda.date"], "treatment.fda")
    add("fda_covers_patient", action["within"] if action else None,
        phrase("The patient, aged {age}, is within the ages the FDA action covers", age=action["age"] if action
               else ""), ["treatment.fda.ages", "patient.date_of_birth"], "treatment.fda.ages")
    label = derived.exclusion_label(data)
    add("exclusion_is_label", None if label is None else bool(label),
        phrase("The quoted plan language excludes the treatment only by calling it experimental or investigational, "
               "which the letter disputes"), ["plan_policy.quote", "claim.denial_category"] if label else [],
        "plan_policy.quote")
    if either and either["met"]:
        shown_rows = [i for label in either["met"] for i in either["rows"][label]]
        pages = [where(c.get("evidence")) for i, c in enumerate(criteria, start=1) if i in shown_rows]
        add("alternative_met", True, phrase(
            "The criterion is met by any one of its alternatives {labels}, and {met} is met",
            labels=[either["names"][label] for label in either["labels"]],
            met=[either["names"][label] for label in either["met"]]),
            ["plan_policy.quote", f"payer_criteria {_rows(shown_rows)}.met", *dict.fromkeys(p for p in pages if p)],
            "payer_criteria.met")
    else:
        add("alternative_met", None, phrase("The criterion is met by one of its alternatives"), [],
            "payer_criteria.met")
    add("alternative_unweighed", bool(either and either["unnamed_met"]) or None, phrase(
        "The denial names only {named}, not {met}", named=(either or {}).get("named_said", []),
        met=(either or {}).get("unnamed_met_said", [])),
        ["claim.denial_reason", "decisions[].reason"] if derived.appeal_stage(data)["latest_reason"]
        else ["claim.denial_reason"], "claim.denial_reason")
    # how the care asked for has worked so far (clinical.response_level): a partial response answers a decision that
    # cuts the care because the patient improved (set 10, case 05)
    improved = derived.cites_improvement(data)
    add("denial_cites_improvement", improved or None,
        phrase("The decision gives the patient's improvement as its reason"),
        ["decisions[].reason" if derived.appeal_stage(data)["latest_reason"] else "claim.denial_reason"],
        "claim.denial_reason")
    level = str(get_path(data, "clinical.response_level") or "").strip().lower()
    add("response_partial", (level == "partial") if level in derived.RESPONSE_LEVELS else None,
        phrase("The treatment has brought a partial response so far, not remission"),
        ["clinical.response_level", "clinical.response" if not is_blank(get_path(data, "clinical.response")) else ""],
        "clinical.response_level", about=N_("how the treatment has worked so far: none, partial, response or remission "
                                            "(clinical.response_level)") if improved else "")
    # what a decision says the records do not show (the prescriber's plan, the risk of relapse, the response), each
    # answered by name from the field that holds it; a gap the case holds nothing for is asked for by `check`
    # (letters set 18, case 06)
    gaps = {g["key"]: g for g in derived.gaps_named(data)}
    for key, field_path, recorded, gap_about in (
            ("plan", "treatment.plan", phrase("The prescriber's plan for the treatment is recorded"),
             N_("the prescriber's plan the decision says is missing (treatment.plan: dose, how often, when to reduce "
                "or stop)")),
            ("relapse", "impact.relapse", phrase("The patient's relapses are recorded"),
             N_("the relapses that show the risk the decision says the records do not show (impact.relapse: when, "
                "after what, how severe)")),
            ("response", "clinical.response", phrase("The response to the treatment is recorded"),
             N_("the response to the treatment the decision says the records do not show (clinical.response: the "
                "scores before the treatment and since)"))):
        gap = gaps.get(key)
        add(f"denial_asks_{key}", True if gap else None,
            phrase("The decision says the records do not show {plan}", plan=gap["words"] if gap else ""),
            ["decisions[].reason" if derived.appeal_stage(data)["latest_reason"] else "claim.denial_reason"],
            "claim.denial_reason")
        add(f"{key}_recorded", not is_blank(get_path(data, field_path)) or None, recorded, [field_path], field_path,
            about=gap_about if gap else "")
    denied_met = data.get("denied_met") or []
    add("denied_criterion_met", bool(denied_met) or None, phrase(
        "The decision finds criterion {numbers} unmet, and the record meets it: {how}",
        numbers=[c["number"] for c in denied_met], how=_short("; ".join(c["how_met"] for c in denied_met))),
        [*(f"payer_criteria row {c['row']}" for c in denied_met), *(c["where"] for c in denied_met if c.get("where")),
         "decisions[].reason" if derived.appeal_stage(data)["latest_reason"] else "claim.denial_reason"],
        "payer_criteria.met")
    # an exclusion of the policy's own the decision gave as a ground, which the record shows absent: answered as not
    # applying, never as a criterion met (letters set 71, case 08)
    absent = [c for c in data.get("corrections") or [] if c.get("exclusion")]
    add("exclusion_absent", bool(absent) or None, phrase(
        "The decision applies exclusion {numbers}, and the record shows it does not apply: {how}",
        numbers=[c["exclusion"]["number"] for c in absent], how=_short("; ".join(str(c["record"]) for c in absent))),
        [*(f"payer_criteria row {c['exclusion']['row']}" for c in absent),
         *(c["where"] for c in absent if c.get("where")),
         "decisions[].reason" if derived.appeal_stage(data)["latest_reason"] else "claim.denial_reason"],
        "payer_criteria.met")
    met_prongs = [p for p in data.get("prongs") or [] if p.get("met")]
    add("policy_prong_met", bool(met_prongs) or None, phrase(
        "The policy's alternative {labels} is met: the enclosed peer-reviewed articles {names}",
        labels=[p["label"] for p in met_prongs], names=[a["short"] for p in met_prongs for a in p["articles"]]),
        ["plan_policy.quote", "literature", *(a["where"] for p in met_prongs for a in p["articles"])], "literature")
    # an exclusion the denial relies on, met by name (plan_policy.exclusion): it misses this care only when the case
    # says so and why, and never when the quoted exclusion names the treatment itself
    excl = get_path(data, "plan_policy.exclusion") or {}
    excl = excl if isinstance(excl, dict) else {}
    reaches = arguments._flag(excl.get("reaches"))
    why = excl.get("why")
    misses = False if names or reaches is True else (True if reaches is False and not is_blank(why) else None)
    add("exclusion_misses_care", misses,
        phrase("{name} does not reach the treatment: {why}", name=str(excl.get("name") or phrase("The exclusion")),
               why=_short(why)),
        ["plan_policy.exclusion.reaches", "plan_policy.exclusion.why",
         where(excl["file"]) if excl.get("file") else ""], "plan_policy.exclusion.reaches",
        about=phrase("whether the exclusion the denial relies on reaches this care, and why (plan_policy.exclusion: "
                     "reaches, why)") if excl or "not_covered" in arguments.denial_reasons(data) else "")
    # an exclusion the plan's terms set for one age group only (plan_policy.exclusion.from_age / under_age), measured
    # by the patient's age on every date of service from the date of birth and the record that holds it: its own
    # words do not reach a patient outside the group, whether or not they name the treatment (set 21, case 03)
    ages = derived.exclusion_ages(data)
    age_words = dict(ages=ages["ages"], born=Day(ages["born"]),
                     age=str(ages["first_age"]) if ages["first_age"] == ages["last_age"]
                     else f"{ages['first_age']}-{ages['last_age']}")
    add("exclusion_outside_ages", ages["outside"],
        phrase("The exclusion reaches only members aged {ages}, and the patient, born on {born}, is {age} years old "
               "on every date of service, reaching {low} only on {turns}", low=str(ages["from_age"]),
               turns=Day(ages["turns"]), **age_words) if ages["turns"] else
        phrase("The exclusion reaches only members aged {ages}, and the patient, born on {born}, is {age} years old "
               "on every date of service", **age_words),
        ["plan_policy.exclusion.from_age" if ages["from_age"] else "plan_policy.exclusion.under_age",
         "patient.date_of_birth", where(ages["record"]) if ages["record"] else "", "claim.service_dates"],
        # the field that is missing is the one named: a date of birth given beside care with no dates yet (a request
        # before care) was called unreadable (letters set 80, case 04)
        "claim.service_dates" if ages["born"] and not ages["dates"] else "patient.date_of_birth",
        about=N_("the patient's date of birth and the dates of service, to measure the exclusion's age group "
                 "(patient.date_of_birth, claim.service_dates)") if ages["given"] else "")
    # later plan terms that replaced the exclusion the denial applied, from a date on or before every date of the care
    # (derived.superseded_exclusion): the letter argues under those terms, never that the exclusion's words miss the
    # care. Asked for where the quoted exclusion names the treatment and the case holds other terms or a reason it
    # does not reach the care, which the letter cannot print against those words (letters set 19, case 04); never under
    # an experimental denial, whose other terms are its definition (set 19, case 01)
    sup = derived.superseded_exclusion(data)
    sup_sources = ["plan_policy.exclusion.superseded.by", "plan_policy.exclusion.superseded.from",
                   "claim.notice_date" if sup["pending"] else "claim.service_dates", *(where(p) for p in sup["files"])]
    reasons = arguments.denial_reasons(data)
    asked = names and sup["governs"] is None and not ages["outside"] and "not_covered" in reasons and (
        "experimental_investigational" not in reasons) and (
        not is_blank(get_path(data, "plan_policy.other_terms")) or not is_blank(why))
    add("exclusion_superseded", sup["governs"],
        phrase("{by} replaced the exclusion the denial applied from {start}, on or before every date of the care",
               by=str(sup["by"] or ""), start=Day(sup["start"])),
        sup_sources, "plan_policy.exclusion.superseded",
        about=N_("whether later plan terms replaced the exclusion for the dates of care, and from when "
                 "(plan_policy.exclusion.superseded: by, from, file)") if asked else "")
    # the case says the exclusion does not reach this claim, and why (reaches: false, why), against quoted words that
    # name the treatment, in no field the letter can apply (an age group: from_age; later terms: superseded): the
    # letter cannot say the words miss the care (set 19, case 04), and it never concedes them either (set 21, case 03:
    # "this appeal does not dispute what it says" after "she is 20", under a rule for members 21 and older). Never
    # said: it marks a concession as a contradiction
    add("exclusion_disputed", True if names and reaches is False and not is_blank(why) and not ages["outside"]
        and not sup["governs"] else None,
        phrase("The case says {name} is no ground for this denial: {why}",
               name=str(excl.get("name") or phrase("the exclusion")), why=_short(why)),
        ["plan_policy.exclusion.reaches", "plan_policy.exclusion.why"], "plan_policy.exclusion.why")
    add("state_plan_covers", True if sup["governs"] and sup["state_plan"]["name"] else None,
        phrase("{name} shows that the state's Medicaid plan covers the treatment from {start}",
               name=str(sup["state_plan"]["name"] or ""), start=Day(sup["start"])),
        ["plan_policy.exclusion.superseded.state_plan.name", "plan_policy.exclusion.superseded.from",
         *(where(p) for p in sup["state_plan"]["files"])], "plan_policy.exclusion.superseded.state_plan")
    for fact_id, words in anchors.items():
        if fact_id in facts and words:
            facts[fact_id].anchor = words
    return Facts(facts, access_standard=standard)


def _days(days: list[str]) -> Phrase | Days:
    """Dates of service (ISO, in order) in a Phrase: a run of three or more days in a row by its first and last
    ("October 6, 2026 through October 20, 2026"), other dates one by one."""
    runs = day_runs(days)
    return phrase("{first} through {last}", first=Day(days[0]), last=Day(days[-1])) \
        if len(runs) == 1 and len(runs[0]) >= 3 else Days(tuple(days))


def _services_phrase(said: dict) -> Phrase:
    """The dates of service as derived.service_dates finds them (given, scheduled, or a course's span), said."""
    if said["course"] and not said["sessions"]:
        # a daily course billed by its first and last day: how many sessions the case does not say
        span = {"first": Day(said["first"]), "last": Day(said["last"])}
        if not said["to_come"]:
            return phrase("The services were given from {first} through {last}", **span)
        if not said["given"]:
            return phrase("The services were scheduled from {first} through {last}", **span)
        return phrase("The services were given and scheduled from {first} through {last}", **span)
    if said["course"]:
        span = {"first": Day(said["first"]), "last": Day(said["last"]), "sessions": said["sessions"]}
        if not said["to_come"]:
            return phrase("The services were given from {first} through {last} ({sessions} sessions)", **span)
        if not said["given"]:
            return phrase("The services were scheduled from {first} through {last} ({sessions} sessions)", **span)
        return phrase("The services were given and scheduled from {first} through {last} ({sessions} sessions)",
                      **span)
    past, future = Days(tuple(said["past"])), Days(tuple(said["future"]))
    if said["past"] and said["future"]:
        return phrase("The services were given on {past} and scheduled for {future}", past=past, future=future)
    if said["future"]:
        return phrase("The services were scheduled for {future}", future=future)
    return phrase("The services were given on {past}", past=past)


# the notice's own words that the claim was paid, at a level below the one asked for: "Paid at the non-preferred
# benefit level", "processed at the out-of-network level", "reimbursed at the tier 2 rate"; not negated
_PAID_LOWER = re.compile(r"(?<!not )(?<!never )\b(?:paid|processed|reimbursed|allowed|priced)\s+at\s+(?:the\s+|a\s+)?"
                         r"(?:non-?preferred|out-of-network|non-?participating|non-?network|lower|reduced|"
                         r"tier\s*\d|second-tier)\b"
                         # TRICARE Prime care without a referral: paid under the point-of-service option, with its
                         # deductible and cost share (set 70, case 04)
                         r"|(?<!not )(?<!never )\b(?:paid|processed)\s+(?:at|under)\s+(?:the\s+)?"
                         r"point[- ]of[- ]service\b",
                         re.I)


# the words that say a level of care had no place for the patient (why_not of an alternatives row)
_NO_PLACE = re.compile(r"\bno (?:open|opening|openings|bed|beds|slot|slots|space|place|availability|capacity|"
                       r"program|provider)\b|\bwait(?:ing)?[- ]?list|\bnot (?:accepting|available|taking|open)\b|"
                       r"\bunavailable\b|\b(?:was|is) full\b|\bclosed\b|\bcould not (?:take|admit|accept|start)\b|"
                       r"\b(?:none|nothing) (?:within|available|open)\b", re.I)


def _paid_in_part(data: dict, where: Callable[[Any], str]) -> tuple[Phrase, list[str]] | None:
    """(what the plan paid and denied of the claim appealed, its sources) when an EOB in case.yaml `claims` paid some
    lines of it and denied others (appeal_kit.coverage.claims); None otherwise, and then nothing is said."""
    from appeal_kit.coverage.claims import appeal_lines
    from appeal_kit.errors import CaseError
    from appeal_kit.intake.codes import describe_code
    from appeal_kit.money import money

    try:
        found = appeal_lines(data)
    except CaseError:
        return None  # check names the problem in `claims`
    dates = {str(d)[:10] for d in get_path(data, "claim.service_dates") or []}
    number = str(get_path(data, "claim.number") or "")
    part = next((a for a in found if a.paid and (a.claim.date in dates or (number and a.claim.number == number))),
                None)
    if part is None:
        return None

    def named(lines) -> list[str]:
        words = [(line.code, re.sub(r"\s*\([^)]*\)$", "", describe_code(line.code, kind="procedure") or ""))
                 for line in lines]
        return [f"{code} ({what})" if what else code for code, what in words]

    said = phrase("For the services of {day}, {insurer} paid {paid}, {total} in all, and denied {denied}; this "
                  "appeal concerns only what was denied", day=Day(part.claim.date),
                  insurer=get_path(data, "insurer.name") or phrase("The plan"), paid=named(part.paid),
                  total=money(part.paid_total), denied=named(part.denied))
    return said, [f"claims item {part.claim.index}", where(part.claim.eob_file) if part.claim.eob_file else ""]


# Sentences that say the opposite of a true fact, for `check` to find in a letter's text: (fact id, pattern,
# what is wrong). A user's own letter.docx or a clinic's own arguments are checked the same way.
CONTRADICTIONS: list[tuple[str, re.Pattern, Phrase]] = [
    ("names_criteria", re.compile(
        r"\b(?:named|names|identified|identifies|stated|states|cited|cites|specified|specifies|gave|gives) (?:no|any) "
        r"(?:specific |clinical |coverage )?(?:criteri|polic|guideline)|has not said which criteria|"
        r"(?:does|did) not (?:say|identify|state|name|specify) (?:which|any|the) (?:of (?:the|its) )?(?:plan's )?"
        r"(?:\w+ )?criteri|without (?:naming|citing|identifying) (?:any )?criteri", re.I),
     phrase("the letter says the plan named no criteria, but the text it quotes names them")),
    ("exclusion_names_treatment", re.compile(
        r"\b(?:exclusion|quoted language|plan language|provision) (?:does|did) not (?:apply|reach|cover|extend|"
        r"mention|name)|nothing in the quoted language excludes|(?:does|do) not (?:fall|come) (?:within|under) "
        r"(?:the|this) exclusion", re.I),
     phrase("the letter says the exclusion does not reach the treatment, but the quoted exclusion names it")),
    ("exclusion_disputed", re.compile(r"\bdoes not dispute (?:what it says|the exclusion)", re.I),
     phrase("the letter concedes the exclusion, but the case says why it is no ground for this denial "
            "(plan_policy.exclusion.why)")),
    ("exclusion_is_label", re.compile(r"\bdoes not dispute (?:what it says|the exclusion)", re.I),
     phrase("the letter concedes the exclusion, but the quoted exclusion only calls the treatment experimental or "
            "investigational, which the letter disputes")),
]


# an exclusion of a condition of the member's said absent ("the exclusion does not apply"), not one of the treatment
_CONDITION_ABSENT = re.compile(r"\bexclusion (?:does|did) not apply\b", re.I)


def contradictions(text: str, facts: Facts, data: dict | None = None) -> list[tuple[Fact, str, Phrase]]:
    """[(fact, the sentence, what is wrong)] for each sentence of `text` that says the opposite of a true fact. Where
    the case's exclusions are rows of its criteria table (`data`; derived.exclusion_rows: conditions of the member,
    "concurrent anticonvulsant therapy that cannot be held"), "the exclusion does not apply" says the member is clear
    of one, never that the quoted words do not reach the treatment (letters set 77, case 08)."""
    from appeal_kit.letter import derived

    found = []
    sentences = re.split(r"(?<=[.!?”])\s+", " ".join(text.split()))
    conditions = bool(data and derived.exclusion_rows(data))
    for fact_id, pattern, problem in CONTRADICTIONS:
        fact = facts.by_id.get(fact_id)
        if not fact:
            continue
        for s in sentences:
            if fact_id == "exclusion_names_treatment" and conditions:
                s_left = _CONDITION_ABSENT.sub(" ", s)
                if not pattern.search(s_left):
                    continue
            if pattern.search(s):
                found.append((fact, s, problem))
    return found


def _plain_words(text: Any) -> str:
    """The words of a quotation, lower case and without punctuation: two fields holding the same plan text compare
    equal however each was wrapped or quoted."""
    return " ".join(re.findall(r"\w+", str(text).lower()))
