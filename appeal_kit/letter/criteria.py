"""The published criteria a letter answers when the plan has not stated its own.

A plan that denies care "because the criteria are not met" often does not say which criteria. When case.yaml has
no `payer_criteria:`, the letter answers instead the criteria commonly applied to that treatment
(letter_templates/published_criteria.yaml, with their sources), one row each. A row is answered only from what the
case records; a criterion the case says nothing about is left out of the letter, and `appeal-kit check` names the
field that would answer it. Nothing here is ever assumed true.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from typing import Any

from appeal_kit import clock
from appeal_kit.bundled import bundled_dir, read_yaml_mapping
from appeal_kit.case.folder import get_path, is_blank, is_request
from appeal_kit.i18n import N_
from appeal_kit.letter import arguments as args_mod, derived
from appeal_kit.letter.wording import join_and, number_words, sentence

_DEPRESSION_CODES = ("F32", "F33")


@lru_cache(maxsize=1)
def _sets() -> dict[str, dict]:
    return read_yaml_mapping(bundled_dir() / "published_criteria.yaml", "a map of treatments to criteria")


def _text(data: dict, path: str) -> str | None:
    value = get_path(data, path)
    return None if is_blank(value) else sentence(" ".join(str(value).split()))


def _oral_antidepressant(data: dict, ctx: dict) -> str | None:
    """treatment.alongside when the drug it names is an antidepressant (treatment_kinds.yaml): the drug continued with
    the treatment may be of another class (a mood stabilizer kept with lumateperone: set 17, case 06), which never
    answers a criterion that asks for an oral antidepressant."""
    named = _text(data, "treatment.alongside")
    kind = args_mod.trial_kind({"drug": named}) if named else None
    return named if kind == "antidepressant" else None


def _diagnosis(data: dict, ctx: dict) -> str | None:
    """The depression diagnosis, and nothing about age: a criterion that does not ask for one gets none (set 8,
    case 06: "age 33" under "A major depressive episode")."""
    codes = derived.diagnosis_codes(data)
    depression = [c for c in codes if c.startswith(_DEPRESSION_CODES)]
    return f"Diagnosis {join_and(depression)} (major depressive disorder)." if depression else None


def _adult_diagnosis(data: dict, ctx: dict) -> str | None:
    """An adult with the diagnosis: the age on the first date of service, else on the letter's date, from
    patient.date_of_birth; unanswered for a minor or an unknown age."""
    said = _diagnosis(data, ctx)
    age = derived.age_at_service(data, ctx.get("today"))
    return f"{said[:-1]}; age {age}." if said and age is not None and age >= 18 else None


def _failed_trials(data: dict, ctx: dict) -> str | None:
    """Two or more adequate failed antidepressant trials (augmentation and non-drug treatments are not counted),
    and whether they fall in the current episode when clinical.episode_onset says when it began."""
    groups = args_mod.case_trials(data, ctx.get("today") or clock.today())["groups"]
    # an antidepressant still taken with an inadequate response meets "no adequate response" and is said so, never
    # as failed (set 16, case 02)
    still = [r for r in groups["inadequate"] if args_mod.trial_kind(r) == "antidepressant"]
    failed = groups["medication"] + still
    onset = args_mod.date_span(get_path(data, "clinical.episode_onset"))
    if onset:
        failed = [r for r in failed if (args_mod.date_span(r.get("start")) or onset)[0] >= onset[0]]
    if len(failed) < 2:
        return None
    names = join_and([str(r.get("drug") or "").split(" (")[0] + (" (still being taken)" if r in still else "")
                      for r in failed])
    episode = f" since the current episode began ({get_path(data, 'clinical.episode_onset')})" if onset else ""
    if any(r in still for r in failed):
        return (f"No adequate response to {number_words(len(failed))} adequate antidepressant trials{episode}: "
                f"{names}.")
    return f"{number_words(len(failed)).capitalize()} adequate antidepressant trials failed{episode}: {names}."


def _psychiatrist(data: dict, ctx: dict) -> str | None:
    who = ctx.get("prescriber") or {"name": get_path(data, "provider.name"),
                                    "credentials": get_path(data, "provider.credentials")}
    if not who.get("name") or "psychiatr" not in str(who.get("credentials") or "").lower():
        return None
    return f"Prescribed by {who['name']}, {who['credentials']}."


def _setting_and_monitoring(data: dict, ctx: dict) -> str | None:
    parts = [t for t in (_text(data, "treatment.setting"), _text(data, "treatment.monitoring")) if t]
    return " ".join(parts) or None


def _field(path: str) -> Callable[[dict, dict], str | None]:
    return lambda data, ctx: _text(data, path)


# fact name -> (the function that answers it from the case, the case field(s) that would answer it)
FACTS: dict[str, tuple[Callable[[dict, dict], str | None], str]] = {
    "diagnosis": (_diagnosis, N_("claim.diagnosis_codes (an F32 or F33 code)")),
    "adult_diagnosis": (_adult_diagnosis, N_("claim.diagnosis_codes (an F32 or F33 code) and patient.date_of_birth")),
    "failed_trials": (_failed_trials, N_("clinical.history (two adequate, failed antidepressant trials) and "
                                         "clinical.episode_onset")),
    "alongside": (_oral_antidepressant, N_("treatment.alongside (the oral antidepressant taken with it)")),
    "setting": (_field("treatment.setting"), "treatment.setting"),
    "monitoring": (_field("treatment.monitoring"), "treatment.monitoring"),
    "exclusions": (_field("clinical.exclusions"), "clinical.exclusions"),
    "psychiatrist": (_psychiatrist, N_("provider.name and provider.credentials (or the clinic's signing provider)")),
    "setting_and_monitoring": (_setting_and_monitoring, N_("treatment.setting and treatment.monitoring")),
    "plan": (_field("treatment.plan"), "treatment.plan"),
}


def criteria_set(indication: str | None) -> dict | None:
    """The bundled set for a letter's indication (esketamine, depression...), or None."""
    for name, entry in _sets().items():
        if entry.get("indication") == indication:
            return {"name": name, **entry}
    return None


# Denial reasons that turn on clinical criteria; a coding, filing, network or exclusion denial is not answered
# with them.
CLINICAL_REASONS = frozenset({"medical_necessity", "experimental_investigational", "step_therapy",
                              "prior_authorization"})


def _on_subjects(answer: str | None, subjects: list[dict]) -> tuple[str | None, list[str]]:
    """The clauses of a case's answer that speak to what the criterion asks about, and the subjects none of them
    answers: a clause about another question never fills the row (letters set 83, case 03: lithium's kidney disease
    under "evaluated for psychosis, substance use and cardiovascular risk"; case 05: "no psychosis" under the label's
    contraindications)."""
    clauses = [c.strip() for c in str(answer or "").split(";") if c.strip()]
    kept = [c for c in clauses if any(re.search(rf"\b(?:{s['words']})\b", c, re.I) for s in subjects)]
    open_ = [str(s["name"]) for s in subjects if not s.get("optional")
             and not any(re.search(rf"\b(?:{s['words']})\b", c, re.I) for c in kept)]
    return (sentence("; ".join(kept)) if kept else None), open_


def published_criteria(data: dict, indication: str | None, *, prescriber: dict | None = None,
                       today: date | None = None) -> dict[str, Any] | None:
    """What the letter answers when the case gives no payer_criteria: {title, published, cite, rows: [{criterion,
    how_met}], missing: [{criterion, field}]}, or None when no set fits the treatment, the case gives its own, or
    no reason of the denial turns on clinical criteria."""
    if not is_blank(get_path(data, "payer_criteria")):
        return None
    # a prior-authorization request is decided on the clinical criteria; a denial only when a reason turns on them
    if not is_request(data) and not CLINICAL_REASONS.intersection(args_mod.denial_reasons(data)):
        return None
    entry = criteria_set(indication)
    if entry is None:
        return None
    ctx = {"prescriber": prescriber, "today": today}
    rows, missing = [], []
    for c in entry.get("criteria") or []:
        answer, field = FACTS[c["fact"]]
        criterion = " ".join(str(c["criterion"]).split())
        how_met = answer(data, ctx)
        unanswered: list[str] = []
        if c.get("subjects"):
            how_met, unanswered = _on_subjects(how_met, c["subjects"])
            if how_met and unanswered:  # said beside what the case holds, and asked for by `check`
                how_met = f"{how_met} This case records nothing either way on {join_and(unanswered, 'or')}."
        if how_met:
            rows.append({"criterion": criterion, "how_met": how_met})
        if not how_met or unanswered:
            missing.append({"criterion": criterion, "field": field})
    return {"title": entry["title"], "published": " ".join(str(entry["published"]).split()),
            "cite": entry.get("cite"), "rows": rows, "missing": missing}


def check_sets() -> list[str]:
    """Problems in published_criteria.yaml (tests call this): an unknown fact, a set without sources."""
    problems = []
    for name, entry in _sets().items():
        if not entry.get("sources"):
            problems.append(f"{name}: no sources")
        for c in entry.get("criteria") or []:
            if c.get("fact") not in FACTS:
                problems.append(f"{name}/{c.get('id')}: unknown fact {c.get('fact')!r}")
    return problems

