"""Arguments that answer the denial, and the treatment-trial arithmetic the letters rely on.

The argument text lives in `letter_templates/arguments.yaml` (a clinic's template pack may carry its own
arguments.yaml, which is used instead). Each top-level key is a block:

    step_therapy:                       # a denial category (case.DENIAL_CATEGORIES) or a shared block name
      heading: Step therapy has already been satisfied
      needs:                            # case fields the argument relies on, and why (used by unanswered())
        - field: clinical.history
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
  * a row is a FAILURE unless it says `failed: false` or its outcome reports a response or remission that is
    not negated or qualified ("No response", "Partial response, then relapse" and "non-response" are failures;
    "Remission" and "Responded well" are not);
  * rows naming TMS, ECT, psychotherapy or another non-drug treatment are counted as other treatments, and rows
    that augment another drug ("augmenting", "add-on", "adjunct") as augmentation trials: neither is a
    medication trial, so neither counts toward a definition of two failed antidepressant trials.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from appeal_kit.bundled import bundled_dir, read_yaml_mapping
from appeal_kit.case.folder import DENIAL_CATEGORIES, get_path, is_blank
from appeal_kit.errors import TemplateError
from appeal_kit.letter.wording import join_and, lower_first, number_words

ARGUMENTS_FILE = "arguments.yaml"
ADEQUATE_WEEKS = 6
DENIAL = "denial"  # in a sidecar's `arguments:` list: the case's own claim.denial_category

_SUCCESS = re.compile(r"\b(remission|remitted|responded|response|responder)\b", re.I)
_NEGATION = re.compile(r"\b(no|not|non|without|partial|partially|minimal|poor|lost|loss of|inadequate|"
                       r"insufficient|failed|lack of|never|limited|little|transient|brief)\b[\w\s-]{0,20}$", re.I)
_RELAPSE = re.compile(r"\b(relapse[sd]?|recurrence|wore off|stopped working)\b", re.I)
_AUGMENT = re.compile(r"\baugment(?:ing|ation|s|ed)?\b|\badd-?on\b|\badjunct", re.I)
_NON_DRUG = re.compile(r"\b(TMS|rTMS|transcranial|ECT|electroconvulsive|psychotherapy|CBT|DBT|IPT|"
                       r"behavioral therapy|behavioural therapy|physical therapy|nerve block|stimulation)\b", re.I)


# ---------------------------------------------------------------------------------------------- trials

RULE_SENTENCE = (f"A trial counts as adequate and failed when it lasted at least {number_words(ADEQUATE_WEEKS)} "
                 "weeks (or is marked adequate in the record) and brought no response or remission, or only a "
                 "partial or short-lived one.")
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


def adequacy_problem(row: dict) -> str | None:
    """Why the row is not an adequate trial, in words ("" for adequate), or None when it cannot be told: the
    dates cannot be read or are too vague to show six weeks (check names such rows)."""
    explicit = _flag(row.get("adequate"))
    if explicit is not None:
        return "" if explicit else "it is marked not adequate"
    weeks = trial_weeks(row)
    if weeks is None:
        return None
    shortest, longest = weeks
    if shortest >= ADEQUATE_WEEKS:
        return ""
    if longest < ADEQUATE_WEEKS:
        return f"it lasted less than {number_words(ADEQUATE_WEEKS)} weeks"
    return None


def uncountable_reason(row: dict) -> str | None:
    """For `check`: why a row's length cannot be told, and how to fix it; None when it can be."""
    if adequacy_problem(row) is not None:
        return None
    start, end = row.get("start"), row.get("end")
    if date_span(start) is None or date_span(end) is None:
        bad = start if date_span(start) is None else end
        return (f"its dates cannot be read ({bad!r}); write them like 2024-03-01 or March 2024, or add "
                "`adequate: true` if it lasted six weeks or more")
    if trial_weeks(row) is None:
        return "its end date comes before its start date"
    return (f"its dates ({start} to {end}) are too vague to show whether it lasted {ADEQUATE_WEEKS} weeks; give "
            "the months or days, or add `adequate: true` / `adequate: false`")


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


def trial_failed(row: dict) -> bool:
    explicit = _flag(row.get("failed"))
    if explicit is not None:
        return explicit
    return not outcome_is_response(row.get("outcome"))


def is_medication(row: dict) -> bool:
    return not _NON_DRUG.search(str(row.get("drug") or ""))


def is_augmentation(row: dict) -> bool:
    """A drug added to an antidepressant ("Aripiprazole (augmenting venlafaxine)"): a trial of its own kind, not
    an antidepressant trial, so it never counts toward "two antidepressant trials"."""
    return is_medication(row) and bool(_AUGMENT.search(f"{row.get('drug') or ''} {row.get('dose') or ''}"))


def _why_not_counted(row: dict) -> str:
    problem = adequacy_problem(row)
    if problem:
        return problem
    if problem is None:
        return "its dates do not show how long it lasted"
    return "it brought a response" if not trial_failed(row) else ""


def counted_trials(history: Any) -> dict[str, list[dict]]:
    """The adequate failed trials of clinical.history by kind: `medication` (antidepressant trials), `augmentation`
    and `other` (TMS, ECT, therapy...), plus `all` of them and `rows` (every row read)."""
    rows = [r for r in (history or []) if isinstance(r, dict)]
    counted = [r for r in rows if trial_is_adequate(r) and trial_failed(r)]
    return {"rows": rows, "all": counted,
            "augmentation": [r for r in counted if is_augmentation(r)],
            "medication": [r for r in counted if is_medication(r) and not is_augmentation(r)],
            "other": [r for r in counted if not is_medication(r)]}


def trial_summary(history: Any) -> dict[str, Any]:
    """Counts over clinical.history, for the letters: see the module docstring for the rule.

    Returns {total, adequate_failed, medication, other, other_names, summary, excluded, uncounted, rule}:
    `summary` is a phrase such as "five adequate treatment trials: four medication trials and a course of
    transcranial magnetic stimulation (TMS)", or "" when no trial counts; `excluded` lists the rows not counted
    with the reason ({drug, reason}); `uncounted` says so in a sentence ("" when every row counts); `rule` is
    RULE_SENTENCE.
    """
    trials = counted_trials(history)
    rows, counted = trials["rows"], trials["all"]
    augmentations, meds, others = trials["augmentation"], trials["medication"], trials["other"]
    n = len(counted)
    summary = ""
    if n:
        summary = f"{number_words(n)} adequate treatment trial{'s' if n != 1 else ''}"
        if others or augmentations:
            parts = []
            if meds:
                parts.append(f"{number_words(len(meds))} medication trial{'s' if len(meds) != 1 else ''}")
            if augmentations:
                k = len(augmentations)
                parts.append("an augmentation trial" if k == 1 else f"{number_words(k)} augmentation trials")
            if others:
                parts.append("a course of " + join_and([lower_first(str(r.get("drug"))) for r in others]))
            summary += ": " + join_and(parts)
    excluded = [{"drug": str(r.get("drug") or "an unnamed treatment"), "reason": _why_not_counted(r)}
                for r in rows if r not in counted]
    uncounted = ""
    if excluded:
        k = len(excluded)
        uncounted = (f"{number_words(k).capitalize()} of the {number_words(len(rows))} treatments listed "
                     f"{'is' if k == 1 else 'are'} not counted: "
                     + "; ".join(f"{e['drug']}, because {e['reason']}" for e in excluded)
                     + ".") if n else ""
    return {"total": len(rows), "adequate_failed": n, "medication": len(meds), "augmentation": len(augmentations),
            "other": len(others),
            "other_names": [str(r.get("drug") or "") for r in others], "summary": summary,
            "excluded": excluded, "uncounted": uncounted, "rule": RULE_SENTENCE}


# ---------------------------------------------------------------------------------------------- indication

def indication(case_data: dict, hint: str | None = None) -> str:
    """Which body of evidence fits: "esketamine", "pain" (ketamine for chronic pain / CRPS), "depression"
    (IV ketamine for depression) or "other". A template's sidecar `indication:` wins; otherwise the treatment
    name, the procedure codes and the ICD-10 codes decide."""
    if hint:
        return hint
    # the treatment's own name, not its summary: a summary also names the treatments tried before it
    treatment = str(get_path(case_data, "treatment.name") or "")
    codes = [str(c).upper() for c in (get_path(case_data, "claim.diagnosis_codes") or [])]
    if re.search(r"esketamine|spravato", treatment, re.I) or any(c in ("J0013", "S0013", "G2082", "G2083")
                                                                 for c in map(str.upper, map(str, get_path(
                                                                     case_data, "claim.procedure_codes") or []))):
        return "esketamine"
    if re.search(r"ketamine", treatment, re.I):
        if any(c.startswith(("G89", "G90", "M79.7", "G56", "G57", "G62", "G63", "G43", "M54")) for c in codes) \
                or re.search(r"\b(pain|CRPS|neuropath|fibromyalgia)", treatment, re.I):
            return "pain"
        return "depression"
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
    return data


# What a denial's own words say it rests on (a denial often gives several reasons, and each one needs its own
# answer). The key is the argument block that answers it.
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
    "prior_authorization": re.compile(r"prior (?:authori[sz]ation|approval)|pre-?certification|"
                                      r"(?:no|without|missing) (?:an? )?(?:prior )?authori[sz]ation", re.I),
    "not_covered": re.compile(r"not a covered (?:benefit|service)|is excluded|exclusion|not covered under", re.I),
}


# A clause that names a reason only to set it aside ("The appeal addressed medical necessity, which was not the basis
# of the denial"): that reason is not one the denial rests on.
_SET_ASIDE = re.compile(r"\bnot (?:the|a|its|our) (?:basis|reason|ground|issue)\b|\bnot (?:at issue|in dispute)\b|"
                        r"\bno longer (?:at issue|in dispute)\b|\b(?:does|did) not (?:rest|turn) on\b", re.I)


def _stated_reasons(text: str) -> list[str]:
    """The reasons a denial's own words give, clause by clause, leaving out a reason a clause sets aside."""
    found = []
    for clause in re.split(r"(?<=[.;:])\s+", text):
        if _SET_ASIDE.search(clause):
            continue
        found += [name for name, pattern in REASON_PATTERNS.items() if pattern.search(clause)]
    return found


def denial_reasons(case_data: dict) -> list[str]:
    """The reasons this denial rests on, each answered by its own block: `claim.denial_reasons` when the case lists
    them, else claim.denial_category followed by every reason claim.denial_reason states in its own words (a
    clause that sets a reason aside, "which was not the basis of the denial", adds none)."""
    listed = get_path(case_data, "claim.denial_reasons")
    if isinstance(listed, list) and listed:
        return list(dict.fromkeys(str(r) for r in listed))
    reasons = [str(get_path(case_data, "claim.denial_category") or "")]
    reasons += _stated_reasons(str(get_path(case_data, "claim.denial_reason") or ""))
    return [r for r in dict.fromkeys(reasons) if r]


def block_names(case_data: dict, wanted: Iterable[str], blocks: dict[str, dict]) -> list[str]:
    """The blocks a letter carries, in order: `denial` -> a block for each reason of the denial (denial_reasons);
    includes follow their block."""
    out: list[str] = []

    def add(name: str) -> None:
        if name in out or name not in blocks:
            return
        out.append(name)
        for inc in blocks[name].get("include") or []:
            add(inc)

    for name in wanted:
        if name == DENIAL:
            for reason in denial_reasons(case_data):
                add(reason)
        else:
            add(name)
    # shared blocks (parity) go after the category-specific ones
    own = [n for n in out if not blocks[n].get("shared")]
    return own + [n for n in out if blocks[n].get("shared")]


def render_blocks(names: list[str], blocks: dict[str, dict], context: dict, env) -> list[dict]:
    """[{name, heading, paragraphs, summary}] with each Jinja paragraph (and the one-line summary) rendered against
    the letter's context, as plain text (env should not autoescape: the letter template escapes the result when it
    prints it)."""
    out = []
    for name in names:
        block = blocks[name]
        paragraphs = []
        for i, text in enumerate(block.get("paragraphs") or []):
            try:
                rendered = env.from_string(str(text)).render(context)
            except Exception as exc:  # reported with the block and paragraph, then by render_letter
                exc.argument_where = f"arguments.yaml block {name}, paragraph {i + 1}"  # type: ignore[attr-defined]
                raise
            rendered = " ".join(rendered.split())
            if rendered:
                paragraphs.append(rendered)  # plain text: the letter template escapes it when printing it
        heading = env.from_string(str(block.get("heading") or "")).render(context).strip()
        summary = " ".join(env.from_string(str(block.get("summary") or "")).render(context).split())
        if paragraphs:
            out.append({"name": name, "heading": heading, "paragraphs": paragraphs, "summary": summary})
    return out


# ---------------------------------------------------------------------------------------------- checks


def unanswered(case_data: dict, extra_dirs: Iterable[Path] = ()) -> list[str]:
    """Plain-language reasons the letter cannot fully answer the denial: no category, a reason (denial_reasons)
    with no argument block, a field an argument needs left empty, or a treatment history with no adequate failed
    trial where the argument counts them. Empty list: every reason has an answer."""
    blocks = load_blocks(extra_dirs)
    if is_blank(get_path(case_data, "claim.denial_category")) and is_blank(get_path(case_data, "claim.denial_reasons")):
        return ["claim.denial_category is empty, so the letter cannot answer the specific reason for the denial. "
                f"Set it to one of: {', '.join(DENIAL_CATEGORIES)}."]
    problems: list[str] = []
    missing: dict[str, tuple[list[str], str]] = {}  # field -> (the arguments that need it, why)
    for reason in denial_reasons(case_data):
        words = reason.replace("_", " ")
        if reason not in blocks:
            problems.append(f"the denial gives the reason {reason!r}, which has no argument in "
                            f"{arguments_file(extra_dirs)}, so the letter does not answer it. Add a block for it, or "
                            "write the answer into letter.docx yourself.")
            continue
        for name in block_names({"claim": {"denial_reasons": [reason]}}, [reason], blocks):
            for need in blocks[name].get("needs") or []:
                field = need.get("field")
                if is_blank(get_path(case_data, field)):
                    users, why = missing.setdefault(field, ([], need.get("why", "")))
                    if words not in users:
                        users.append(words)
            if blocks[name].get("counts_trials"):
                history = get_path(case_data, "clinical.history")
                if not is_blank(history) and trial_summary(history)["adequate_failed"] == 0:
                    problems.append(
                        f"clinical.history lists no adequate failed trial, which the {words} argument relies on: a "
                        f"trial counts when its start and end are at least {ADEQUATE_WEEKS} weeks apart (or it says "
                        "`adequate: true`) and its outcome is not a response or remission.")
    for field, (users, why) in missing.items():
        which = f"the {users[0]} argument needs" if len(users) == 1 else \
            f"the {', '.join(users[:-1])} and {users[-1]} arguments need"
        problems.insert(0, f"{field} is empty, but {which} it: {why}")
    return list(dict.fromkeys(problems))
