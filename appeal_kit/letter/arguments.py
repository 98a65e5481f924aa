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
      include: [parity]                 # shared blocks that follow this one

A template's sidecar says which blocks it carries with `arguments:` (default `[denial]`): `denial` stands for
the block named by the case's `claim.denial_category`; other entries are block names the letter always
carries (the esketamine step-therapy letter always carries `step_therapy`). Blocks are de-duplicated, so the
parity block appears once even when two arguments include it. Templates show them with
`{%p for a in arguments %}` ... `{{ a.heading }}` ... `{%p for para in a.paragraphs %}`.

Adequate failed trials (the one definition; README "Treatment history"):
  * a row of `clinical.history` is ADEQUATE when it says `adequate: true`, or, without that key, when its
    `start` and `end` dates are at least ADEQUATE_WEEKS (6) weeks apart: the time spent on the listed dose.
    `adequate: false`, or dates that cannot be read, make it not adequate (it is still listed in the table);
  * a row is a FAILURE unless it says `failed: false` or its outcome reports a response or remission that is
    not negated or qualified ("No response", "Partial response, then relapse" and "non-response" are failures;
    "Remission" and "Responded well" are not);
  * rows naming TMS, ECT, psychotherapy or another non-drug treatment are counted as other treatments, not
    medication trials.
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any, Iterable

from appeal_kit.case.folder import DENIAL_CATEGORIES, get_path, is_blank
from appeal_kit.errors import TemplateError

ARGUMENTS_FILE = "arguments.yaml"
ADEQUATE_WEEKS = 6
DENIAL = "denial"  # in a sidecar's `arguments:` list: the case's own claim.denial_category

_SUCCESS = re.compile(r"\b(remission|remitted|responded|response|responder)\b", re.I)
_NEGATION = re.compile(r"\b(no|not|non|without|partial|partially|minimal|poor|lost|loss of|inadequate|"
                       r"insufficient|failed|lack of|never|limited|little|transient|brief)\b[\w\s-]{0,20}$", re.I)
_RELAPSE = re.compile(r"\b(relapse[sd]?|recurrence|wore off|stopped working)\b", re.I)
_NON_DRUG = re.compile(r"\b(TMS|rTMS|transcranial|ECT|electroconvulsive|psychotherapy|CBT|DBT|IPT|"
                       r"behavioral therapy|behavioural therapy|physical therapy|nerve block|stimulation)\b", re.I)
_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]


def number_words(n: Any) -> str:
    """3 -> "three" (0-20), otherwise the digits."""
    try:
        n = int(n)
    except (TypeError, ValueError):
        return str(n)
    return _WORDS[n] if 0 <= n < len(_WORDS) else str(n)


# ---------------------------------------------------------------------------------------------- trials

def _as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if value is None or str(value).strip() == "":
        return None
    text = str(value).strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    from appeal_kit.case.folder import parse_date
    from appeal_kit.errors import CaseError

    try:
        return date.fromisoformat(parse_date(text, what="clinical.history"))
    except CaseError:
        return None


def _flag(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("yes", "true", "no", "false"):
        return value.strip().lower() in ("yes", "true")
    return None


def trial_weeks(row: dict) -> float | None:
    start, end = _as_date(row.get("start")), _as_date(row.get("end"))
    if start is None or end is None or end < start:
        return None
    return (end - start).days / 7


def trial_is_adequate(row: dict) -> bool:
    """`adequate:` when given, else start-to-end at least ADEQUATE_WEEKS weeks (see the module docstring)."""
    explicit = _flag(row.get("adequate"))
    if explicit is not None:
        return explicit
    weeks = trial_weeks(row)
    return weeks is not None and weeks >= ADEQUATE_WEEKS


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


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if len(text) > 1 and text[1:2].islower() else text


def trial_summary(history: Any) -> dict[str, Any]:
    """Counts over clinical.history, for the letters: see the module docstring for the rule.

    Returns {total, adequate_failed, medication, other, other_names, summary}: `summary` is a phrase such as
    "five adequate treatment trials: four medication trials and a course of transcranial magnetic stimulation
    (TMS)", or "" when no trial counts.
    """
    rows = [r for r in (history or []) if isinstance(r, dict)]
    counted = [r for r in rows if trial_is_adequate(r) and trial_failed(r)]
    meds = [r for r in counted if is_medication(r)]
    others = [r for r in counted if not is_medication(r)]
    n = len(counted)
    summary = ""
    if n:
        summary = f"{number_words(n)} adequate treatment trial{'s' if n != 1 else ''}"
        if others:
            from appeal_kit.letter.render import join_and

            parts = []
            if meds:
                parts.append(f"{number_words(len(meds))} medication trial{'s' if len(meds) != 1 else ''}")
            parts.append("a course of " + join_and([_lower_first(str(r.get("drug"))) for r in others]))
            summary += ": " + join_and(parts)
    return {"total": len(rows), "adequate_failed": n, "medication": len(meds), "other": len(others),
            "other_names": [str(r.get("drug") or "") for r in others], "summary": summary}


# ---------------------------------------------------------------------------------------------- indication

def indication(case_data: dict, hint: str | None = None) -> str:
    """Which body of evidence fits: "esketamine", "pain" (ketamine for chronic pain / CRPS), "depression"
    (IV ketamine for depression) or "other". A template's sidecar `indication:` wins; otherwise the treatment
    name and the ICD-10 codes decide."""
    if hint:
        return hint
    treatment = f"{get_path(case_data, 'treatment.name') or ''} {get_path(case_data, 'treatment.summary') or ''}"
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
    from appeal_kit.letter.render import bundled_dir

    for folder in [*map(Path, extra_dirs), bundled_dir()]:
        if (folder / ARGUMENTS_FILE).is_file():
            return folder / ARGUMENTS_FILE
    raise TemplateError(f"{bundled_dir() / ARGUMENTS_FILE}: the argument library is missing; reinstall "
                        "appeal-kit")


def load_blocks(extra_dirs: Iterable[Path] = ()) -> dict[str, dict]:
    from appeal_kit.letter.render import read_yaml_mapping

    path = arguments_file(extra_dirs)
    data = read_yaml_mapping(path, "a map of block names to {heading, needs, paragraphs}")
    for name, block in data.items():
        if not isinstance(block, dict) or not isinstance(block.get("paragraphs"), list):
            raise TemplateError(f"{path}: block {name!r} needs `heading:` and a list of `paragraphs:`")
    return data


def block_names(case_data: dict, wanted: Iterable[str], blocks: dict[str, dict]) -> list[str]:
    """The blocks a letter carries, in order: `denial` -> the case's category; includes follow their block."""
    out: list[str] = []

    def add(name: str) -> None:
        if name in out or name not in blocks:
            return
        out.append(name)
        for inc in blocks[name].get("include") or []:
            add(inc)

    for name in wanted:
        if name == DENIAL:
            category = get_path(case_data, "claim.denial_category")
            if category:
                add(str(category))
        else:
            add(name)
    # shared blocks (parity) go after the category-specific ones
    own = [n for n in out if not blocks[n].get("shared")]
    return own + [n for n in out if blocks[n].get("shared")]


def render_blocks(names: list[str], blocks: dict[str, dict], context: dict, env) -> list[dict]:
    """[{name, heading, paragraphs}] with each Jinja paragraph rendered against the letter's context, as plain
    text (env should not autoescape: the letter template escapes the result when it prints it)."""
    out = []
    for name in names:
        block = blocks[name]
        paragraphs = []
        for i, text in enumerate(block.get("paragraphs") or []):
            try:
                rendered = env.from_string(str(text)).render(context)
            except Exception as exc:  # reported with the block and paragraph, then by render_letter
                exc.argument_where = f"arguments.yaml block {name}, paragraph {i + 1}"
                raise
            rendered = " ".join(rendered.split())
            if rendered:
                paragraphs.append(rendered)  # plain text: the letter template escapes it when printing it
        heading = env.from_string(str(block.get("heading") or "")).render(context).strip()
        if paragraphs:
            out.append({"name": name, "heading": heading, "paragraphs": paragraphs})
    return out


# ---------------------------------------------------------------------------------------------- checks


def unanswered(case_data: dict, extra_dirs: Iterable[Path] = ()) -> list[str]:
    """Plain-language reasons the letter cannot fully answer the denial: no category, a category with no
    argument block, a field its argument needs left empty, or a treatment history with no adequate failed
    trial where the argument counts them. Empty list: the denial reason has an answer."""
    blocks = load_blocks(extra_dirs)
    category = get_path(case_data, "claim.denial_category")
    if is_blank(category):
        return ["claim.denial_category is empty, so the letter cannot answer the specific reason for the denial. "
                f"Set it to one of: {', '.join(DENIAL_CATEGORIES)}."]
    category = str(category)
    if category not in blocks:
        return [f"the denial category {category!r} has no argument in {arguments_file(extra_dirs)}, so the "
                "letter does not answer the reason for the denial. Add a block for it, or write the argument "
                "into letter.docx yourself."]
    problems = []
    for name in block_names(case_data, [category], blocks):
        for need in blocks[name].get("needs") or []:
            field, why = need.get("field"), need.get("why", "")
            if is_blank(get_path(case_data, field)):
                problems.append(f"{field} is empty, but the {category.replace('_', ' ')} argument needs it: {why}")
        if blocks[name].get("counts_trials"):
            history = get_path(case_data, "clinical.history")
            if not is_blank(history) and trial_summary(history)["adequate_failed"] == 0:
                problems.append(
                    f"clinical.history lists no adequate failed trial, which the {category.replace('_', ' ')} "
                    f"argument relies on: a trial counts when its start and end are at least {ADEQUATE_WEEKS} "
                    "weeks apart (or it says `adequate: true`) and its outcome is not a response or remission.")
    return list(dict.fromkeys(problems))
